import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

const root = path.resolve(import.meta.dirname, "../../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
/** The browser tests' own build folder (see next.config.mjs). */
const DIST_DIR = ".next-e2e";
const LOCK = path.join(root, "tests/e2e/.tmp/run.lock");
const STALE_LOCK_MS = 20 * 60 * 1000;

/**
 * One browser-test run at a time per checkout: a second run would rebuild
 * the folder the first one is serving from. Waits for the lock; a lock older
 * than 20 minutes is left over from a killed run and is taken over.
 */
async function acquireRunLock(): Promise<() => void> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds when there is no build or a source file is newer than it. */
function ensureBuild() {
  const buildId = path.join(root, DIST_DIR, "BUILD_ID");
  const sources = [...["app", "server", "db"].map((d) => newestMtime(path.join(root, d))), statSync(path.join(root, "instrumentation.ts")).mtimeMs];
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...sources)) return;
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not become healthy in time");
}

type Provider = { provide: (key: "baseURL" | "dataDir", value: string) => void };

export default async function setup(project: Provider) {
  const release = await acquireRunLock();
  try {
    return await startServer(project, release);
  } catch (error) {
    release();
    throw error;
  }
}

async function startServer(project: Provider, release: () => void) {
  ensureBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), "triple-crown-e2e-"));
  const port = await freePort();
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    NEXT_DIST_DIR: DIST_DIR,
    DATA_DIR: dataDir,
    AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
    // One log line per API request would bury the test report; warnings and errors still show.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  // Seed the demo workspace the journeys use, then serve.
  const prep = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "server/cli/prepare.ts"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (prep.status !== 0) throw new Error("prepare failed");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseURL, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("dataDir", dataDir);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    release();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}
