// The built app for the browser tests and the benchmarks alike: both must
// serve a build of the current sources, and both wait for it to be healthy.
import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../../..");
export const nextBin = path.join(root, "node_modules/next/dist/bin/next");
/** The production server `npm start` runs (Next behind our own node:http server: decision 023); PORT and HOST in its env. */
export const serverEntry = path.join(root, "server/cli/serve.mjs");
/** The browser tests' own build folder (see next.config.mjs), served by global-setup and the shutdown test. */
export const E2E_DIST_DIR = ".next-e2e";

export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds into `distDir` (read by next.config.mjs) when there is no build there or a source file is newer than it. */
export function ensureBuild(distDir: string): void {
  const buildId = path.join(root, distDir, "BUILD_ID");
  const sources = [
    ...["app", "server", "db"].map((d) => newestMtime(path.join(root, d))),
    statSync(path.join(root, "instrumentation.ts")).mtimeMs,
  ];
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...sources)) return;
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Polls a URL until it answers 200; returns the milliseconds it took (bench/start.ts reports them). */
export async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return performance.now() - start;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} not healthy within ${timeoutMs} ms`);
}
