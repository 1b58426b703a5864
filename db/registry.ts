import type Database from "better-sqlite3";
import type { Pool } from "pg";
import type { Dialect } from "./dialect";

/** What the app knows about an open database beyond its query builder. */
export type DatabaseInfo = {
  dialect: Dialect;
  /** The SQLite file, or null for an in-memory database and for PostgreSQL. */
  file: string | null;
  sqlite?: Database.Database;
  pool?: Pool;
  url?: string;
  close(): Promise<void>;
};

/**
 * Kept on the database object under a registered symbol, not in a module-level
 * map: Next bundles this module into several chunks, and the process-wide
 * database (db/client.ts) must be known to all of them.
 */
const INFO = Symbol.for("triple-crown.database-info");

export function registerDatabase(db: object, info: DatabaseInfo): void {
  Object.defineProperty(db, INFO, { value: info, enumerable: false });
}

export function databaseInfo(db: object): DatabaseInfo {
  const info = (db as { [INFO]?: DatabaseInfo })[INFO];
  if (!info) throw new Error("Not a database opened by db/client.ts (a transaction handle has no info: pass the database).");
  return info;
}

/** The better-sqlite3 connection under a SQLite database (backups, pragmas, file-level tests). */
export function sqliteConnection(db: object): Database.Database {
  const info = databaseInfo(db);
  if (!info.sqlite) throw new Error("This needs the SQLite database; it runs on PostgreSQL.");
  return info.sqlite;
}
