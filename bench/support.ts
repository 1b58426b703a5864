import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../tests/e2e/support/free-port";
import { ensureBuild as ensureBuildIn, nextBin, root, serverEntry } from "../tests/e2e/support/next-build";

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

export function startProcess(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "ignore" });
}

/**
 * The build served as `npm start` serves it (our server in front of Next: decision 023) on a free port of
 * 127.0.0.1, with its own data folder; `base` is its URL. BENCH_SERVER=next-start serves it with plain `next
 * start` instead, to measure what our server costs. Not waited for: callers poll `${base}/api/health` with waitFor.
 */
export async function startBuiltApp(dataDir: string, env: Record<string, string> = {}): Promise<{ app: ChildProcess; base: string }> {
  const port = await freePort();
  const args = process.env.BENCH_SERVER === "next-start" ? [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"] : [serverEntry];
  const app = startProcess(args, {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    AUTH_SECRET: "bench-secret-0123456789abcdef",
    NODE_ENV: "production",
    ...env,
  });
  return { app, base: `http://127.0.0.1:${port}` };
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
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  await res.arrayBuffer();
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session.split(";")[0]!;
}
