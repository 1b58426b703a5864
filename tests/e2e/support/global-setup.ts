import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from "../../support/postgres-cluster";
import { freePort } from "./free-port";
import { E2E_DIST_DIR as DIST_DIR, ensureBuild, root, serverEntry, waitFor } from "./next-build";

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

type Provider = { provide: (key: "baseURL" | "dataDir" | "databaseUrl", value: string) => void };

/** The secret every instance of a run shares (a second instance must read the first one's cookies). */
export const E2E_AUTH_SECRET = "e2e-secret-not-for-production-0123456789";

/**
 * E2E_DATABASE=postgres (tests/e2e/vitest.pg.config.ts): the app runs on a
 * throw-away PostgreSQL instead of a SQLite file in the data folder.
 */
async function postgresFor(project: Provider): Promise<{ env: Record<string, string>; cluster: ThrowawayPostgres | null }> {
  if (process.env.E2E_DATABASE !== "postgres") return { env: {}, cluster: null };
  const cluster = await startThrowawayPostgres({ maxConnections: 300 });
  const url = await createDatabase(cluster.adminUrl, `e2e_${Date.now()}`);
  project.provide("databaseUrl", url);
  // The test processes start after this: their own database work (support/big-workspace.ts) uses PostgreSQL's tables.
  process.env.DATABASE_URL = url;
  return { env: { DATABASE_URL: url }, cluster };
}

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
  ensureBuild(DIST_DIR);
  const dataDir = mkdtempSync(path.join(tmpdir(), "triple-crown-e2e-"));
  const port = await freePort();
  const postgres = await postgresFor(project);
  const env = {
    ...process.env,
    ...postgres.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    NEXT_DIST_DIR: DIST_DIR,
    DATA_DIR: dataDir,
    AUTH_SECRET: E2E_AUTH_SECRET,
    // The journeys use the demo workspace; its password is made into the data folder (support/browser.ts reads it).
    DEMO: "1",
    // The tests stand in for a proxy on 127.0.0.1: an X-Forwarded-For they send names the client, so a test
    // that trips the per-address sign-in limit uses an address of its own and blocks no other test.
    TRUSTED_PROXIES: "127.0.0.1",
    // The server's clock (decision 021): the demo is seeded from this day and every plan starts from it, so the
    // journeys see the same quarters on any date. Q3 2026 is the demo's third quarter.
    TRIPLE_CROWN_TODAY: "2026-08-15",
    TRIPLE_CROWN_ALLOW_CLOCK_OVERRIDE: "1",
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
  // Served as `npm start` serves: our own server in front of Next (decision 023).
  const child = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${baseURL}/api/health`, child);
  } catch (error) {
    child.kill("SIGKILL");
    postgres.cluster?.stop();
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("dataDir", dataDir);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    postgres.cluster?.stop();
    release();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
    /** Set on the PostgreSQL run only. */
    databaseUrl: string;
  }
}
