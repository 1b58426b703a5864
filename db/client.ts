import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "./migrate";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? "data");
}

export function defaultDatabasePath(): string {
  return process.env.DATABASE_PATH ?? path.join(/*turbopackIgnore: true*/ dataDir(), "triple-crown.db");
}

/**
 * Opens a SQLite database with the pragmas reliability depends on:
 * WAL (readers never block the writer), foreign keys enforced, a busy timeout
 * so a concurrent writer waits instead of failing, synchronous=NORMAL which in
 * WAL mode still never corrupts and keeps every committed transaction across a
 * process crash.
 */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema });
}

const globalForDb = globalThis as unknown as { __tripleCrownDb?: Db };

/**
 * The process-wide connection, opened once (also across dev hot reloads).
 * Pending migrations are applied on open, so a fresh data folder just works.
 */
export function getDb(): Db {
  if (!globalForDb.__tripleCrownDb) {
    const db = openDatabase(defaultDatabasePath());
    applyMigrations(db);
    globalForDb.__tripleCrownDb = db;
    // A stop always ends in process.exit (Next's after draining requests, or
    // ours when the grace period runs out: server/cli/shutdown-deadline.ts).
    // Closing here checkpoints the WAL into the database file and removes it.
    process.once("exit", () => {
      if (db.$client.open) db.$client.close();
    });
  }
  return globalForDb.__tripleCrownDb;
}

export function closeDb(): void {
  globalForDb.__tripleCrownDb?.$client.close();
  globalForDb.__tripleCrownDb = undefined;
}
