import { openDatabase, type Db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";

/** A fresh in-memory SQLite built from the committed migrations in drizzle/. */
export async function createTestDb(): Promise<Db> {
  const db = openDatabase(":memory:");
  await applyMigrations(db);
  return db;
}
