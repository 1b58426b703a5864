/**
 * A throw-away PostgreSQL server for tests: `initdb` into a temporary folder,
 * started on a free port of 127.0.0.1, stopped and deleted by stop() (and on
 * process exit or SIGINT/SIGTERM, so no server is left behind). With
 * TEST_DATABASE_URL set, that server is used instead and nothing is started.
 *
 * initdb refuses to run as root, so as root the folder is handed to the
 * `postgres` OS user and the server's programs run as that user.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresProgram } from "@/server/cli/postgres-bin";

export type ThrowawayPostgres = {
  /** Connection URL of the server's `postgres` database. */
  url: string;
  /** Connection URL for creating and dropping databases (the same server and role). */
  adminUrl: string;
  port: number;
  /** The temporary folder (data, socket, log); "" when TEST_DATABASE_URL is used. */
  dir: string;
  stop(): void;
};

export type ThrowawayOptions = { maxConnections?: number };

const OS_USER = "postgres";
/** The cluster's superuser role, whoever runs it. */
const SUPERUSER = "postgres";
const running = new Set<ThrowawayPostgres>();

/** Runs one of PostgreSQL's programs, as the postgres user when we are root. */
function runAsOwner(program: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [command, commandArgs] = asRoot
    ? ["runuser", ["-u", OS_USER, "--", postgresProgram(program), ...args]]
    : [postgresProgram(program), args];
  const result = spawnSync(command, commandArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${program} failed (exit ${result.status}): ${result.stderr.trim() || result.stdout.trim()}`);
  }
}

function handToOwner(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync("id", ["-u", OS_USER], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", OS_USER], { encoding: "utf8" }).trim());
  chownSync(dir, uid, gid);
}

/** A port nobody listens on now: the kernel picks one for a socket bound to port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(options: ThrowawayOptions = {}): Promise<ThrowawayPostgres> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    const port = Number(new URL(given).port || 5432);
    return { url: given, adminUrl: given, port, dir: "", stop: () => {} };
  }

  const dir = mkdtempSync(path.join(tmpdir(), "tc-postgres-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  try {
    handToOwner(dir);
    runAsOwner("initdb", ["-D", data, "-A", "trust", "-U", SUPERUSER, "-E", "UTF8", "--locale=C", "--no-sync"]);
    // A throw-away server: durability settings off, reachable only from this machine.
    const settings = {
      listen_addresses: "'127.0.0.1'",
      unix_socket_directories: `'${dir}'`,
      max_connections: String(options.maxConnections ?? 200),
      fsync: "off",
      synchronous_commit: "off",
      full_page_writes: "off",
    };
    appendFileSync(
      path.join(data, "postgresql.conf"),
      "\n" +
        Object.entries(settings)
          .map(([key, value]) => `${key} = ${value}\n`)
          .join(""),
    );
    const port = await startOnFreePort(data, log);
    const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
    const cluster: ThrowawayPostgres = { url, adminUrl: url, port, dir, stop: () => stopCluster(cluster, data) };
    running.add(cluster);
    installCleanup();
    return cluster;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Another process may take the port between our probe and the server's bind: try a few. */
async function startOnFreePort(data: string, log: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      runAsOwner("pg_ctl", ["start", "-w", "-t", "60", "-D", data, "-l", log, "-o", `-p ${port}`]);
      return port;
    } catch (error) {
      lastError = new Error(`${error instanceof Error ? error.message : String(error)}\n${readLog(log)}`);
    }
  }
  throw lastError;
}

function readLog(log: string): string {
  try {
    return readFileSync(log, "utf8").trim().split("\n").slice(-10).join("\n");
  } catch {
    return "";
  }
}

function stopCluster(cluster: ThrowawayPostgres, data: string): void {
  if (!running.delete(cluster)) return;
  try {
    runAsOwner("pg_ctl", ["stop", "-w", "-m", "fast", "-D", data]);
  } finally {
    rmSync(cluster.dir, { recursive: true, force: true });
  }
}

function stopAll(): void {
  for (const cluster of [...running]) {
    try {
      cluster.stop();
    } catch (error) {
      console.error(`Could not stop the throw-away PostgreSQL in ${cluster.dir}:`, error);
    }
  }
}

let cleanupInstalled = false;
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", stopAll);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = () => {
      stopAll();
      // Our listener replaced the default action: when it is the only one, end the process as the signal would.
      process.off(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** A PostgreSQL identifier, quoted so any name is taken literally. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates a database, a copy of `template` when given; returns its connection URL. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withClient(adminUrl, (client) =>
    client.query(`create database ${quoteIdentifier(name)}${template ? ` template ${quoteIdentifier(template)}` : ""}`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** Drops a database if it exists, ending the sessions still connected to it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`drop database if exists ${quoteIdentifier(name)} with (force)`));
}
