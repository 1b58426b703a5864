import type { Db } from "@/db/client";
import { databaseInfo } from "@/db/registry";

/**
 * What a worker thread opens to reach the same database with its own
 * connection: the SQLite file or the PostgreSQL URL. Null for an in-memory
 * database (tests), which only this thread sees: work on such a database
 * stays on this thread.
 */
export function databaseTarget(db: Db): string | null {
  const info = databaseInfo(db);
  return info.file ?? info.url ?? null;
}
