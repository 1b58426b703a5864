import path from "node:path";
import type { Db } from "./database";
import { isPostgresUrl } from "./dialect";
import { applyMigrations } from "./migrate";
import { openPostgres } from "./postgres-connection";
import { databaseInfo } from "./registry";
import { openSqlite } from "./sqlite-connection";

export type { Db, DbOrTx, Tx } from "./database";

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? "data");
}

export function defaultDatabasePath(): string {
  return process.env.DATABASE_PATH ?? path.join(/*turbopackIgnore: true*/ dataDir(), "triple-crown.db");
}

/** Where this process keeps its data: DATABASE_URL when it names PostgreSQL, else the SQLite file. */
export function defaultDatabaseTarget(): string {
  return isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : defaultDatabasePath();
}

/** Opens a database: a postgres:// URL on PostgreSQL (a pool of `poolSize` connections), anything else as a SQLite file (or ":memory:"). */
export function openDatabase(target: string, options: { poolSize?: number } = {}): Db {
  return isPostgresUrl(target) ? openPostgres(target, options.poolSize) : openSqlite(target);
}

export function closeDatabase(db: Db): Promise<void> {
  return databaseInfo(db).close();
}

const globalForDb = globalThis as unknown as { __tripleCrownDb?: Promise<Db> };

/**
 * The process-wide database, opened once (also across dev hot reloads).
 * Pending migrations are applied on open, so a fresh data folder (or an empty
 * PostgreSQL database) just works; on PostgreSQL one instance at a time
 * applies them (db/migrate.ts).
 */
export function getDb(): Promise<Db> {
  if (!globalForDb.__tripleCrownDb) {
    const opening = (async () => {
      const db = openDatabase(defaultDatabaseTarget());
      await applyMigrations(db);
      // A stop always ends in process.exit (Next's after draining requests, or
      // ours when the grace period runs out: server/cli/shutdown-deadline.ts).
      // Closing SQLite here checkpoints the WAL into the database file.
      const info = databaseInfo(db);
      if (info.sqlite) process.once("exit", () => info.sqlite?.open && info.sqlite.close());
      return db;
    })();
    globalForDb.__tripleCrownDb = opening;
    opening.catch(() => {
      if (globalForDb.__tripleCrownDb === opening) globalForDb.__tripleCrownDb = undefined;
    });
  }
  return globalForDb.__tripleCrownDb;
}

export async function closeDb(): Promise<void> {
  const opening = globalForDb.__tripleCrownDb;
  globalForDb.__tripleCrownDb = undefined;
  if (opening) await closeDatabase(await opening);
}
