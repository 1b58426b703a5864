/**
 * What bench/http.ts's two comparison servers serve: the same domain calls as
 * the tRPC procedures `scorecard.rows` and `category.list`, without the
 * session, the membership check and tRPC, so the ratio shows what our request
 * path costs (docs/quality.md, API throughput). Bench-only: the app has no such
 * route, and these servers read the benchmark's own database.
 */
import { openDatabase, type Db } from "@/db/client";
import { listCategories } from "@/server/domain/category/queries";
import { cachedViews } from "@/server/domain/scorecard/cache";
import { pageOfRows } from "@/server/domain/scorecard/views";

/** The benchmark's database (a SQLite file or a PostgreSQL URL); these servers only read it. */
export function openForReading(target: string): Db {
  return openDatabase(target);
}

/** The JSON the signed-in procedure returns as `result.data`, or null for an unknown request. */
export async function comparisonPayload(db: Db, what: string, workspaceId: string): Promise<unknown> {
  if (what === "scorecard") return pageOfRows((await cachedViews(db, workspaceId)).rows, { limit: 25, offset: 0 });
  if (what === "categories") {
    return await listCategories({ db, workspaceId, userId: "", role: "viewer" }, { limit: 50, offset: 0 });
  }
  return null;
}
