import { getDb } from "@/db/client";
import { pingDatabase } from "@/db/ping";

/** The health check: the database answers a query. */
export async function checkHealth(): Promise<{ ok: boolean; database: "ok" | "error"; error?: string }> {
  try {
    await pingDatabase(await getDb());
    return { ok: true, database: "ok" };
  } catch (error) {
    return { ok: false, database: "error", error: error instanceof Error ? error.message : String(error) };
  }
}
