import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { Db } from "./client";

const MIGRATIONS_FOLDER = path.resolve(/*turbopackIgnore: true*/ process.env.MIGRATIONS_DIR ?? "drizzle");

/** Applies the committed SQL migrations in drizzle/ that the database has not seen. */
export function applyMigrations(db: Db, folder = MIGRATIONS_FOLDER): void {
  migrate(db, { migrationsFolder: folder });
}
