import type { Db } from "@/db/client";

/**
 * The database file a worker thread can open with its own connection, or
 * null for an in-memory database (tests), which only this thread sees: work
 * on such a database stays on this thread.
 */
export function databaseFile(db: Db): string | null {
  const name = db.$client.name;
  return db.$client.memory || name === ":memory:" || name === "" ? null : name;
}
