import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { freePort } from "../tests/e2e/support/free-port";
import { ensureBuild as ensureBuildIn, newestMtime, nextBin, root, serverEntry } from "../tests/e2e/support/next-build";

// The browser tests' helpers serve the benchmarks too: one free-port probe, one build check, one health poll.
export { freePort, nextBin, root };
export { waitFor } from "../tests/e2e/support/next-build";
export const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");

/** next.config.mjs reads the same variable, so `next start` serves the folder checked here. */
export const distDir = process.env.NEXT_DIST_DIR || ".next";

/** A build of the current sources in distDir (rebuilt when a source is newer, so a benchmark never measures old code). */
export function ensureBuild(): void {
  ensureBuildIn(distDir);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  if (child.exitCode === null) child.kill("SIGKILL");
}

export function startProcess(args: string[], env: Record<string, string>, cwd = root): ChildProcess {
  return spawn(process.execPath, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "ignore" });
}

/**
 * A Next build in `dir` served as `npm start` serves it (our server in front of Next: decision 023) on a free
 * port of 127.0.0.1; `base` is its URL. BENCH_SERVER=next-start serves it with plain `next start` instead, to
 * measure what our server costs. Not waited for: callers poll it with waitFor.
 */
async function startNextServer(dir: string, env: Record<string, string>): Promise<{ app: ChildProcess; base: string }> {
  const port = await freePort();
  const args = process.env.BENCH_SERVER === "next-start" ? [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"] : [serverEntry];
  const app = startProcess(args, { PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", ...env }, dir);
  return { app, base: `http://127.0.0.1:${port}` };
}

/** The app's build, with its own data folder; callers poll `${base}/api/health`. */
export function startBuiltApp(dataDir: string, env: Record<string, string> = {}): Promise<{ app: ChildProcess; base: string }> {
  return startNextServer(root, { DATA_DIR: dataDir, AUTH_SECRET: "bench-secret-0123456789abcdef", ...env });
}

/** bench/http.ts's one-route "plain Next" app (decision 031); not part of the product's build. */
const plainNextDir = path.join(root, "bench/plain-next");

/** Its build, redone when a source it serves (the domain code, its route, its config) is newer. */
export function ensurePlainNextBuild(): void {
  const buildId = path.join(plainNextDir, ".next/BUILD_ID");
  const files = ["bench/comparison-payload.ts", "next.config.mjs"];
  const newest = Math.max(
    ...["server", "db", "bench/plain-next"].map((d) => newestMtime(path.join(root, d))),
    ...files.map((f) => statSync(path.join(root, f)).mtimeMs),
  );
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newest) return;
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: plainNextDir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build of bench/plain-next failed");
}

/** The plain Next app, reading `databaseFile` read-only; its one route is `${base}/api/payload`. */
export function startPlainNext(databaseFile: string): Promise<{ app: ChildProcess; base: string }> {
  return startNextServer(plainNextDir, { BENCH_DATABASE: databaseFile });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Signs in through Auth.js's credentials endpoint and returns the session cookie ("name=value"). */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  await res.arrayBuffer();
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session.split(";")[0]!;
}
