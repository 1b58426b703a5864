import { openDatabase, type Db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";

/** A fresh in-memory SQLite built from the committed migrations in drizzle/. */
export function createTestDb(): Db {
  const db = openDatabase(":memory:");
  applyMigrations(db);
  return db;
}
