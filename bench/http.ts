/**
 * `npm run bench:http`: API throughput (quality.md). Seeds a 2,000-initiative
 * workspace, starts the built app (`next start`, with the comparator route
 * enabled) and a bare node:http + better-sqlite3 server on 127.0.0.1, then
 * runs autocannon (10 s, 20 connections, loopback only) against each in
 * turn for the signed-in scorecard (the first page of ranked rows with their
 * breakdowns, as the overview loads it) and a cheap list query. Prints
 * requests/s, p50 and p99 latency, and the ratios.
 */
import autocannon from "autocannon";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { benchWorkspace } from "./fixtures/big-workspace";
import { ensureBuild, freePort, nextBin, startProcess, stop, tsxCli, waitFor } from "./support";

const INITIATIVES = Number(process.env.INITIATIVES ?? 2000);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = 20;

ensureBuild();
const dataDir = mkdtempSync(path.join(tmpdir(), "tc-bench-http-"));
const dbFile = path.join(dataDir, "triple-crown.db");
const seedDb = openDatabase(dbFile);
applyMigrations(seedDb);
const big = await benchWorkspace(seedDb, { initiatives: INITIATIVES });
seedDb.$client.close();

const appPort = await freePort();
const barePort = await freePort();
const env = { DATA_DIR: dataDir, AUTH_SECRET: "bench-secret-0123456789abcdef", BENCH_ROUTES: "1", NODE_ENV: "production" };
const app = startProcess([nextBin, "start", "-p", String(appPort), "-H", "127.0.0.1"], env);
const bare = startProcess([tsxCli, "bench/bare-server.ts", dbFile, String(barePort)], env);
const appUrl = `http://127.0.0.1:${appPort}`;
const bareUrl = `http://127.0.0.1:${barePort}`;

async function signInCookie(): Promise<string> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: big.email, password: big.password }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session.split(";")[0]!;
}

type Result = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(name: string, url: string, headers: Record<string, string> = {}): Promise<Result> {
  const warm = await fetch(url, { headers });
  if (!warm.ok) throw new Error(`${name}: ${warm.status} ${await warm.text()}`);
  await warm.arrayBuffer();
  // Warm up (JIT, Next's lazily loaded route chunks) before measuring.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

try {
  await waitFor(`${appUrl}/api/health`, app);
  await waitFor(`${bareUrl}/health`, bare);
  const cookie = await signInCookie();
  const ws = big.workspaceId;
  const trpc = (proc: string, input: unknown) => `${appUrl}/api/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const results: Result[][] = [];
  for (const [what, proc, input] of [
    ["scorecard", "scorecard.rows", { workspaceId: ws, limit: 25, offset: 0 }],
    ["categories", "category.list", { workspaceId: ws, limit: 50, offset: 0 }],
  ] as const) {
    const ours = await load(`${proc} (tRPC, signed in)`, trpc(proc, input), { cookie });
    const plain = await load(`plain Next route handler`, `${appUrl}/api/bench?what=${what}&workspaceId=${ws}`);
    const bareResult = await load(`bare node:http`, `${bareUrl}/?what=${what}&workspaceId=${ws}`);
    results.push([ours, plain, bareResult]);
  }
  console.log(`\nAPI throughput, ${INITIATIVES} initiatives, ${CONNECTIONS} connections, ${DURATION} s each, 127.0.0.1 (${new Date().toISOString()})`);
  for (const [ours, plain, bareResult] of results) {
    console.log("");
    for (const r of [ours!, plain!, bareResult!]) {
      console.log(`${r.name.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}`);
    }
    console.log(`ratio to plain Next handler: ${((ours!.rps / plain!.rps) * 100).toFixed(0)}% (bar: >= 80%); to bare node:http: ${((ours!.rps / bareResult!.rps) * 100).toFixed(0)}%`);
  }
} finally {
  await stop(app);
  await stop(bare);
  rmSync(dataDir, { recursive: true, force: true });
}
