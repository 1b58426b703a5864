import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** The health check: the database answers a query. */
export function checkHealth(): { ok: boolean; database: "ok" | "error"; error?: string } {
  try {
    getDb().get(sql`select 1`);
    return { ok: true, database: "ok" };
  } catch (error) {
    return { ok: false, database: "error", error: error instanceof Error ? error.message : String(error) };
  }
}
