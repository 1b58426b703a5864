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

const infos = new WeakMap<object, DatabaseInfo>();

export function registerDatabase(db: object, info: DatabaseInfo): void {
  infos.set(db, info);
}

export function databaseInfo(db: object): DatabaseInfo {
  const info = infos.get(db);
  if (!info) throw new Error("Not a database opened by db/client.ts (a transaction handle has no info: pass the database).");
  return info;
}

/** The better-sqlite3 connection under a SQLite database (backups, pragmas, file-level tests). */
export function sqliteConnection(db: object): Database.Database {
  const info = databaseInfo(db);
  if (!info.sqlite) throw new Error("This needs the SQLite database; it runs on PostgreSQL.");
  return info.sqlite;
}
