import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import type { Db } from "./database";
import { databaseInfo } from "./registry";

const SQLITE_MIGRATIONS = () => path.resolve(/*turbopackIgnore: true*/ process.env.MIGRATIONS_DIR ?? "drizzle");
const POSTGRES_MIGRATIONS = () => path.resolve(/*turbopackIgnore: true*/ process.env.PG_MIGRATIONS_DIR ?? "drizzle-pg");

/** Any fixed number: every instance asks PostgreSQL for the same advisory lock. */
const MIGRATION_LOCK = 7_318_204_551;

/**
 * Applies the committed migrations the database has not seen: drizzle/ for
 * SQLite, drizzle-pg/ for PostgreSQL. On PostgreSQL several instances may
 * start together; a session advisory lock lets one apply them while the
 * others wait, then find nothing left to do.
 */
export async function applyMigrations(db: Db, folder?: string): Promise<void> {
  const info = databaseInfo(db);
  if (info.sqlite) {
    migrateSqlite(drizzleSqlite(info.sqlite), { migrationsFolder: folder ?? SQLITE_MIGRATIONS() });
    return;
  }
  const client = await info.pool!.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migratePg(drizzlePg(client), { migrationsFolder: folder ?? POSTGRES_MIGRATIONS() });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
