import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO, demoPassword } from "./support/browser";
import { sessionCookie } from "./support/http-client";
import { freePort } from "./support/free-port";
import { E2E_DIST_DIR as DIST_DIR, root, waitFor } from "./support/next-build";

/**
 * Graceful shutdown through the real `npm start` path: each test starts its
 * own launcher on its own port and data folder, serving the browser tests' build.
 */
const ENTRY = "server/cli/start.mjs";

type Server = { launcher: ChildProcess; dataDir: string; base: string; port: number; output: () => string };
let server: Server | undefined;

async function startServer(extraEnv: Record<string, string> = {}): Promise<Server> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "triple-crown-shutdown-"));
  const port = await freePort();
  // DEMO=1: a data folder of its own is not the embedded default, so the launcher would not seed the demo by itself.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    DEMO: "1",
    ...extraEnv,
  };
  // The secret is generated into the data folder, as on a first `npm start`.
  delete env.AUTH_SECRET;
  delete env.DATABASE_PATH;
  delete env.DEMO_PASSWORD;
  delete env.TRUSTED_PROXIES;
  // As in production: the logger is silent under vitest, and the test reads the server's log.
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  // Its own process group, so a failed test can still take down the Next server it started.
  const launcher = spawn(process.execPath, [ENTRY], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  launcher.stdout.on("data", (c: Buffer) => (output += c.toString()));
  launcher.stderr.on("data", (c: Buffer) => (output += c.toString()));
  server = { launcher, dataDir, port, base: `http://127.0.0.1:${port}`, output: () => output };
  try {
    await waitFor(`${server.base}/api/health`, launcher);
  } catch (error) {
    throw new Error(`npm start: ${(error as Error).message}:\n${output}`);
  }
  return server;
}

type Outcome = { status: number; body: Buffer; at: number } | { error: string; at: number };

/**
 * Starts the scorecard PDF (Chromium prints it: one to two seconds) on its own
 * connection and resolves once the request is sent, so the signal surely follows it.
 */
async function startPdf(base: string, dataDir: string): Promise<{ done: Promise<Outcome> }> {
  const session = await sessionCookie(DEMO.email, demoPassword(dataDir), {}, base);
  if (!session) throw new Error("sign-in failed");
  const cookie = session.split(";")[0]!;
  const ws = await fetch(`${base}/api/trpc/workspace.bySlug?input=${encodeURIComponent(JSON.stringify({ slug: DEMO.slug }))}`, {
    headers: { cookie },
  });
  const workspaceId = ((await ws.json()) as { result: { data: { id: string } } }).result.data.id;
  let sent!: () => void;
  const isSent = new Promise<void>((r) => (sent = r));
  const done = new Promise<Outcome>((resolve) => {
    const req = request(`${base}/api/export/scorecard.pdf?workspace=${workspaceId}`, { headers: { cookie }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), at: Date.now() }));
      res.on("error", (e) => resolve({ error: e.message, at: Date.now() }));
    });
    req.on("error", (e) => resolve({ error: e.message, at: Date.now() }));
    req.end(sent);
  });
  await isSent;
  // Wrapped: an async function returning the bare promise would wait for it.
  return { done };
}

/** The time a fresh TCP connection was first refused, or null if none was within the timeout. */
async function firstRefusal(port: number, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", () => resolve(true));
    });
    if (refused) return Date.now();
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

type Exit = { code: number | null; signal: NodeJS.Signals | null; at: number } | "still running";

function exitOf(child: ChildProcess, timeoutMs: number): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode, at: Date.now() });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("still running"), timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, at: Date.now() });
    });
  });
}

/** db.close() checkpoints the WAL into the database and deletes it; a SIGKILL or a missed close leaves it behind. */
function expectClosedCleanly(dataDir: string): void {
  const dbFile = path.join(dataDir, "triple-crown.db");
  const wal = `${dbFile}-wal`;
  expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  const db = new Database(dbFile);
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.prepare("select count(*) as n from users where email = ?").get(DEMO.email)).toEqual({ n: 1 });
  } finally {
    db.close();
  }
}

beforeAll(() => {
  // The launcher rebuilds a build without the start-up hook; it must never do that under the shared e2e server.
  expect(existsSync(path.join(root, DIST_DIR, "server/instrumentation.js"))).toBe(true);
});

afterEach(() => {
  if (!server) return;
  try {
    process.kill(-server.launcher.pid!, "SIGKILL");
  } catch {
    // already gone, as it should be
  }
  rmSync(server.dataDir, { recursive: true, force: true });
  server = undefined;
});

describe("npm start on SIGTERM", () => {
  it("is what these tests start", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${ENTRY}`);
  });

  it("finishes the in-flight PDF, refuses new connections, closes SQLite cleanly and exits 0", async () => {
    const { launcher, dataDir, port, output } = await startServer();
    // A first start prepared the data folder inside the server.
    // The demo's password was made for this install, printed once, and kept 0600 beside the secret.
    expect(output()).toContain(`Demo sign-in: ${DEMO.email} / ${demoPassword(dataDir)} (shown once`);
    expect(statSync(path.join(dataDir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dataDir, "demo-password.txt")).mode & 0o777).toBe(0o600);

    const pdf = await startPdf(`http://127.0.0.1:${port}`, dataDir);
    await new Promise((r) => setTimeout(r, 150));
    const signalledAt = Date.now();
    launcher.kill("SIGTERM");
    const [refusedAt, response, exit] = await Promise.all([firstRefusal(port, 5_000), pdf.done, exitOf(launcher, 15_000)]);

    expect("status" in response ? response.status : response.error, output()).toBe(200);
    if (!("status" in response)) return;
    expect(response.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(response.body.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
    // New connections were turned away while the PDF was still being made.
    expect(refusedAt).not.toBeNull();
    expect(refusedAt!).toBeLessThan(response.at);
    expect(exit, output()).not.toBe("still running");
    if (exit === "still running") return;
    expect({ code: exit.code, signal: exit.signal }, output()).toEqual({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(15_000);
    expectClosedCleanly(dataDir);
  });

  it("gives up on requests still open after the grace period, still closing SQLite cleanly", async () => {
    const graceMs = 300;
    const { launcher, dataDir, port, output } = await startServer({ SHUTDOWN_GRACE_MS: String(graceMs) });
    const pdf = await startPdf(`http://127.0.0.1:${port}`, dataDir);
    await new Promise((r) => setTimeout(r, 150));
    const signalledAt = Date.now();
    launcher.kill("SIGTERM");
    const [response, exit] = await Promise.all([pdf.done, exitOf(launcher, 15_000)]);

    // The PDF takes far longer than 300 ms: it is cut off, and the exit code says so.
    expect("error" in response).toBe(true);
    expect(exit, output()).not.toBe("still running");
    if (exit === "still running") return;
    expect({ code: exit.code, signal: exit.signal }, output()).toEqual({ code: 1, signal: null });
    expect(exit.at - signalledAt).toBeGreaterThanOrEqual(graceMs);
    expect(output()).toContain("shutdown grace period over");
    expectClosedCleanly(dataDir);
  });
});
