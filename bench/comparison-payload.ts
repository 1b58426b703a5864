/**
 * What bench/http.ts's two comparison servers serve: the same domain calls as
 * the tRPC procedures `scorecard.rows` and `category.list`, without the
 * session, the membership check and tRPC, so the ratio shows what our request
 * path costs (docs/quality.md, API throughput). Bench-only: the app has no such
 * route, and these servers read the benchmark's own database file read-only.
 */
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { listCategories } from "@/server/domain/category/queries";
import { cachedViews } from "@/server/domain/scorecard/cache";
import { pageOfRows } from "@/server/domain/scorecard/views";

export function openReadOnly(file: string): Db {
  return drizzle(new Database(file, { readonly: true, fileMustExist: true }), { schema });
}

/** The JSON the signed-in procedure returns as `result.data`, or null for an unknown request. */
export async function comparisonPayload(db: Db, what: string, workspaceId: string): Promise<unknown> {
  if (what === "scorecard") return pageOfRows((await cachedViews(db, workspaceId)).rows, { limit: 25, offset: 0 });
  if (what === "categories") {
    return (await listCategories({ db, workspaceId, userId: "", role: "viewer" }, { limit: 50, offset: 0 }));
  }
  return null;
}
