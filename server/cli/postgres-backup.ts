/**
 * Backup and restore when DATABASE_URL names a PostgreSQL database: pg_dump's
 * custom format (compressed, restorable table by table) and pg_restore in one
 * transaction, so a restore that fails half-way changes nothing. Both are
 * clients of the server, from the same PostgreSQL installation the tests use
 * (postgres-bin.ts); the password travels in PGPASSWORD, not on the command
 * line where `ps` would show it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { postgresProgram } from "./postgres-bin";

export function isPostgresUrl(url: string | undefined): url is string {
  return /^postgres(ql)?:\/\//i.test(url ?? "");
}

/** The database a URL names, for messages: host, port and name, never the password. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env = { ...process.env };
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env };
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(postgresProgram(program), args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.error) throw result.error;
  // The programs name themselves in their messages ("pg_dump: error: …").
  if (result.status !== 0) throw new Error(result.stderr.trim() || `${program} failed (exit ${result.status})`);
  return result.stdout;
}

/** The number of entries in a pg_dump archive; throws when the file is not one pg_restore can read. */
export function archiveEntries(file: string): number {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  return run("pg_restore", ["--list", file])
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith(";")).length;
}

/** Dumps the database into `file`; the file appears only once the dump is complete and readable. */
export function backupPostgres(url: string, file: string): { entries: number } {
  const { dbname, env } = connection(url);
  const partial = `${file}.partial`;
  try {
    run("pg_dump", ["--format=custom", "--no-owner", `--file=${partial}`, `--dbname=${dbname}`], env);
    const entries = archiveEntries(partial);
    renameSync(partial, file);
    return { entries };
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Replaces the database's objects with the backup's, in one transaction. The
 * archive is read first, so a file that is not a backup changes nothing.
 */
export function restorePostgres(url: string, file: string): { entries: number } {
  let entries: number;
  try {
    entries = archiveEntries(file);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${file} is not a PostgreSQL backup pg_restore can read (${why}); nothing was restored.`);
  }
  const { dbname, env } = connection(url);
  run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${dbname}`, file], env);
  return { entries };
}
