/**
 * The PostgreSQL half of `npm run bench:http` (issue 18). Seeds a 2,000-initiative workspace into a SQLite file,
 * copies it into a throw-away PostgreSQL with `npm run db:copy` (so both hold the same rows), and serves the
 * built app three times: one instance on SQLite, two on PostgreSQL. Then, for the signed-in scorecard (the first
 * page of ranked rows, as the overview loads it):
 * - one instance on PostgreSQL against one on SQLite, measured in interleaved rounds (ratio per round, median
 *   reported; bar: >= 70 % of SQLite's requests/s, p99 under 100 ms);
 * - two PostgreSQL instances (the load split between them, as a balancer would) against one, with the CPU
 *   time each process used: the load generator, PostgreSQL and the instances share this machine's cores, so
 *   there is no bar, but the figures show where the time goes.
 */
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { closeDatabase, openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { createDatabase, startThrowawayPostgres } from "../tests/support/postgres-cluster";
import { benchWorkspace } from "./fixtures/big-workspace";
import { ensureBuild, median, signIn, startBuiltApp, stop, tsxCli, waitFor } from "./support";

const INITIATIVES = Number(process.env.INITIATIVES ?? 2000);
const DURATION = Number(process.env.DURATION ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CONNECTIONS = 20;

type Run = { rps: number; p50: number; p99: number; errors: number };

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Every process of the cluster: the postmaster and its backends (their command lines name the cluster's folder or are its children). */
function postgresPids(postmaster: number): number[] {
  const pids = [postmaster];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

async function load(urls: string[], cookies: string[], seconds: number): Promise<Run> {
  const per = Math.floor(CONNECTIONS / urls.length);
  const results = await Promise.all(
    urls.map((url, i) => autocannon({ url, connections: per, duration: seconds, headers: { cookie: cookies[i]! } })),
  );
  return {
    rps: results.reduce((n, r) => n + r.requests.average, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
  };
}

function line(name: string, runs: Run[]): string {
  const p99s = runs.map((r) => r.p99);
  return `${name.padEnd(38)} ${median(runs.map((r) => r.rps))
    .toFixed(0)
    .padStart(
      6,
    )} req/s   p50 ${String(median(runs.map((r) => r.p50))).padStart(3)} ms   p99 ${String(median(p99s)).padStart(4)} ms (worst round ${Math.max(...p99s)})   errors ${runs.reduce((n, r) => n + r.errors, 0)}`;
}

ensureBuild();
const cluster = await startThrowawayPostgres({ maxConnections: 100 });
const dataDir = mkdtempSync(path.join(tmpdir(), "tc-bench-pg-"));
const dbFile = path.join(dataDir, "triple-crown.db");
const seedDb = openDatabase(dbFile);
await applyMigrations(seedDb);
const big = await benchWorkspace(seedDb, { initiatives: INITIATIVES });
await closeDatabase(seedDb);
const url = await createDatabase(cluster.adminUrl, "bench");
const copy = spawnSync(process.execPath, [tsxCli, "server/cli/db-copy.ts", "--from", dbFile, "--to", url], { encoding: "utf8" });
if (copy.status !== 0) throw new Error(`db:copy failed:\n${copy.stdout}\n${copy.stderr}`);
const postmaster = Number(readFileSync(path.join(cluster.dir, "data", "postmaster.pid"), "utf8").split("\n")[0]);

const sqlite = await startBuiltApp(dataDir);
const pgOne = await startBuiltApp(dataDir, { DATABASE_URL: url });
const pgTwo = await startBuiltApp(dataDir, { DATABASE_URL: url });
try {
  for (const s of [sqlite, pgOne, pgTwo]) await waitFor(`${s.base}/api/health`, s.app, 120_000);
  const cookies = await Promise.all([sqlite, pgOne, pgTwo].map((s) => signIn(s.base, big.email, big.password)));
  const input = encodeURIComponent(JSON.stringify({ workspaceId: big.workspaceId, limit: 25, offset: 0 }));
  const [sqliteUrl, pgUrl, pgUrl2] = [sqlite, pgOne, pgTwo].map((s) => `${s.base}/api/trpc/scorecard.rows?input=${input}`) as [
    string,
    string,
    string,
  ];
  for (const [u, c] of [
    [sqliteUrl, cookies[0]!],
    [pgUrl, cookies[1]!],
    [pgUrl2, cookies[2]!],
  ] as const) {
    const res = await fetch(u, { headers: { cookie: c } });
    if (!res.ok) throw new Error(`${u}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    await load([u], [c], 2); // warm-up: JIT, route chunks, the scorecard cache
  }

  // One instance on PostgreSQL against one on SQLite.
  const onSqlite: Run[] = [];
  const onPg: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ["pg", "sqlite"] : ["sqlite", "pg"];
    for (const which of order) {
      if (which === "sqlite") onSqlite.push(await load([sqliteUrl], [cookies[0]!], DURATION / ROUNDS));
      else onPg.push(await load([pgUrl], [cookies[1]!], DURATION / ROUNDS));
    }
  }
  const ratios = onPg.map((r, k) => r.rps / onSqlite[k]!.rps);

  // Two PostgreSQL instances against one, with the CPU each process used.
  const pids = () => ({ one: pgOne.app.pid!, two: pgTwo.app.pid!, postgres: postgresPids(postmaster) });
  const cpuOf = () => {
    const p = pids();
    return {
      one: cpuSeconds(p.one),
      two: cpuSeconds(p.two),
      postgres: p.postgres.reduce((n, pid) => n + cpuSeconds(pid), 0),
      bench: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
    };
  };
  const single: Run[] = [];
  const double: Run[] = [];
  const cpu = { single: { one: 0, two: 0, postgres: 0, bench: 0 }, double: { one: 0, two: 0, postgres: 0, bench: 0 } };
  for (let round = 0; round < ROUNDS; round++) {
    for (const which of round % 2 ? (["double", "single"] as const) : (["single", "double"] as const)) {
      const before = cpuOf();
      if (which === "single") single.push(await load([pgUrl], [cookies[1]!], DURATION / ROUNDS));
      else double.push(await load([pgUrl, pgUrl2], [cookies[1]!, cookies[2]!], DURATION / ROUNDS));
      const after = cpuOf();
      for (const k of ["one", "two", "postgres", "bench"] as const) cpu[which][k] += after[k] - before[k];
    }
  }

  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  const seconds = (x: number) => `${x.toFixed(1)} s`;
  const wall = DURATION;
  console.log(
    `\nAPI throughput on PostgreSQL, ${INITIATIVES} initiatives, scorecard.rows (tRPC, signed in), ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${DURATION / ROUNDS} s per target, 127.0.0.1, a throw-away PostgreSQL ${"(fsync off; the scorecard reads only)"}`,
  );
  console.log(
    `${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores, load average at the end ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" / ")}; medians over rounds`,
  );
  console.log("");
  console.log(line("one instance on SQLite", onSqlite));
  console.log(line("one instance on PostgreSQL", onPg));
  console.log(`PostgreSQL / SQLite: ${pct(median(ratios))} (rounds: ${ratios.map(pct).join(" ")}; bar: >= 70%, p99 < 100 ms)`);
  console.log("");
  console.log(line("one PostgreSQL instance", single));
  console.log(line("two PostgreSQL instances (load split)", double));
  console.log(`two / one: ${pct(median(double.map((r, k) => r.rps / single[k]!.rps)))}`);
  for (const which of ["single", "double"] as const) {
    const c = cpu[which];
    console.log(
      `CPU over ${seconds(wall)} of ${which === "single" ? "one instance" : "two instances"}: instance 1 ${seconds(c.one)}, instance 2 ${seconds(c.two)}, PostgreSQL ${seconds(c.postgres)}, load generator ${seconds(c.bench)}`,
    );
  }
} finally {
  for (const s of [sqlite, pgOne, pgTwo]) await stop(s.app);
  cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
