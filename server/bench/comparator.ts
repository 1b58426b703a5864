import { getDb, type Db } from "@/db/client";
import { listCategories } from "@/server/domain/category/queries";
import { cachedViews } from "@/server/domain/scorecard/cache";
import { pageOfRows } from "@/server/domain/scorecard/views";

/**
 * What the benchmark's comparators serve: the same domain calls as the tRPC
 * procedures, without the session, the membership check and tRPC, so the
 * ratio shows what our request path costs (quality.md, API throughput).
 * Only reachable with BENCH_ROUTES=1.
 */
export function benchPayload(db: Db, what: string, workspaceId: string): unknown {
  if (what === "scorecard") return pageOfRows(cachedViews(db, workspaceId).rows, { limit: 25, offset: 0 });
  if (what === "categories") {
    return listCategories({ db, workspaceId, userId: "", role: "viewer" }, { limit: 50, offset: 0 });
  }
  return null;
}

/** The same, on the app process's own connection (for the route handler). */
export function appBenchPayload(what: string, workspaceId: string): unknown {
  return benchPayload(getDb(), what, workspaceId);
}

export const benchRoutesEnabled = () => process.env.BENCH_ROUTES === "1";
