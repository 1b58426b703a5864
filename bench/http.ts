/**
 * `npm run bench:http`: API throughput (docs/quality.md). Seeds a 2,000-initiative
 * workspace, starts the built app and two comparison servers of its own on
 * 127.0.0.1, both reading the same database file read-only and serving the
 * same JSON through the same domain calls (bench/comparison-payload.ts): a
 * one-route Next app served the way the app is (bench/plain-next, the "plain
 * Next route handler", decision 031) and a bare node:http + better-sqlite3
 * server. Then runs autocannon (20 connections, loopback only, 10 s per
 * target) for the signed-in scorecard (the first page of ranked rows with
 * their breakdowns, as the overview loads it) and a cheap list query. Prints
 * requests/s, p50 and p99 latency, and the ratios.
 *
 * The machine is shared, so one 10 s run per target would compare targets
 * measured under different loads. Each target's 10 s is split into ROUNDS
 * short runs, interleaved (ours, plain, bare, then rotated), and the ratio is
 * taken within each round; the median round is what is reported.
 */
import autocannon from "autocannon";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { closeDatabase, openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { benchWorkspace } from "./fixtures/big-workspace";
import {
  ensureBuild,
  ensurePlainNextBuild,
  freePort,
  signIn,
  startBuiltApp,
  startPlainNext,
  startProcess,
  stop,
  tsxCli,
  waitFor,
} from "./support";

const INITIATIVES = Number(process.env.INITIATIVES ?? 2000);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = 20;

ensureBuild();
ensurePlainNextBuild();
const dataDir = mkdtempSync(path.join(tmpdir(), "tc-bench-http-"));
const dbFile = path.join(dataDir, "triple-crown.db");
const seedDb = openDatabase(dbFile);
await applyMigrations(seedDb);
const big = await benchWorkspace(seedDb, { initiatives: INITIATIVES });
await closeDatabase(seedDb);

const barePort = await freePort();
const { app, base: appUrl } = await startBuiltApp(dataDir);
const { app: plain, base: plainUrl } = await startPlainNext(dbFile);
const bare = startProcess([tsxCli, "bench/bare-server.ts", dbFile, String(barePort)], { NODE_ENV: "production" });
const bareUrl = `http://127.0.0.1:${barePort}`;

type Run = { rps: number; p50: number; p99: number; errors: number };
type Target = { name: string; url: string; headers: Record<string, string> };

const ROUNDS = Number(process.env.ROUNDS ?? 5);

async function run(t: Target, seconds: number): Promise<Run> {
  const r = await autocannon({ url: t.url, connections: CONNECTIONS, duration: seconds, headers: t.headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

/** Every target's runs, measured in interleaved rounds (see the header comment). */
async function compare(targets: Target[]): Promise<Run[][]> {
  for (const t of targets) {
    const res = await fetch(t.url, { headers: t.headers });
    if (!res.ok) throw new Error(`${t.name}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    await run(t, 2); // warm-up: JIT, Next's lazily loaded route chunks, the scorecard cache
  }
  const runs: Run[][] = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (k + round) % targets.length;
      runs[i]!.push(await run(targets[i]!, DURATION / ROUNDS));
    }
  }
  return runs;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

try {
  await waitFor(`${appUrl}/api/health`, app);
  await waitFor(`${bareUrl}/health`, bare);
  const cookie = await signIn(appUrl, big.email, big.password);
  const ws = big.workspaceId;
  await waitFor(`${plainUrl}/api/payload?what=categories&workspaceId=${ws}`, plain);
  const trpc = (proc: string, input: unknown) => `${appUrl}/api/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const lines: string[] = [];
  for (const [what, proc, input] of [
    ["scorecard", "scorecard.rows", { workspaceId: ws, limit: 25, offset: 0 }],
    ["categories", "category.list", { workspaceId: ws, limit: 50, offset: 0 }],
  ] as const) {
    const targets: Target[] = [
      { name: `${proc} (tRPC, signed in)`, url: trpc(proc, input), headers: { cookie } },
      { name: "plain Next route handler", url: `${plainUrl}/api/payload?what=${what}&workspaceId=${ws}`, headers: {} },
      { name: "bare node:http", url: `${bareUrl}/?what=${what}&workspaceId=${ws}`, headers: {} },
    ];
    const runs = await compare(targets);
    lines.push("");
    targets.forEach((t, i) => {
      const r = runs[i]!;
      const rps = median(r.map((x) => x.rps));
      const p99s = r.map((x) => x.p99);
      const errors = r.reduce((n, x) => n + x.errors, 0);
      lines.push(
        `${t.name.padEnd(34)} ${rps.toFixed(0).padStart(6)} req/s   p50 ${String(median(r.map((x) => x.p50))).padStart(3)} ms   p99 ${String(median(p99s)).padStart(4)} ms (worst round ${Math.max(...p99s)})   errors ${errors}`,
      );
    });
    const toPlain = runs[0]!.map((x, k) => x.rps / runs[1]![k]!.rps);
    const toBare = runs[0]!.map((x, k) => x.rps / runs[2]![k]!.rps);
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    lines.push(
      `ratio to plain Next handler: ${pct(median(toPlain))} (rounds: ${toPlain.map(pct).join(" ")}; bar: >= 80%); to bare node:http: ${pct(median(toBare))}`,
    );
  }
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");
  console.log(
    `\nAPI throughput, ${INITIATIVES} initiatives, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${DURATION / ROUNDS} s per target, 127.0.0.1`,
  );
  console.log(`${new Date().toISOString()}, node ${process.version}, load average at the end ${load}; medians over rounds`);
  for (const l of lines) console.log(l);
} finally {
  await stop(app);
  await stop(plain);
  await stop(bare);
  rmSync(dataDir, { recursive: true, force: true });
}
