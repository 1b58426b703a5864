import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { canvases, categories } from "@/db/schema";
import { NotFoundError } from "../errors";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import type { Page } from "../shared/pagination";
import { circumstanceWarnings } from "./circumstance";
import type { ListCategoriesInput } from "./schemas";

type CategoryRow = typeof categories.$inferSelect;

/** The category if it belongs to the caller's workspace; NotFound otherwise (also for other tenants). */
export function getCategoryInWorkspace(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, id: string): CategoryRow {
  const row = db
    .select()
    .from(categories)
    .where(and(eq(categories.id, id), eq(categories.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFoundError("Category");
  return row;
}

export function withWarnings<T extends Pick<CategoryRow, "name" | "need">>(row: T): T & { warnings: string[] } {
  return { ...row, warnings: circumstanceWarnings(row.name, row.need) };
}

/** Canvases per category, for the given categories (one grouped query, not one per row). */
function canvasCounts(db: DbOrTx, categoryIds: string[]): Map<string, number> {
  if (categoryIds.length === 0) return new Map();
  const rows = db
    .select({ id: canvases.categoryId, n: count() })
    .from(canvases)
    .where(inArray(canvases.categoryId, categoryIds))
    .groupBy(canvases.categoryId)
    .all();
  return new Map(rows.map((r) => [r.id, r.n]));
}

export function listCategories(
  ctx: WorkspaceCtx,
  input: ListCategoriesInput,
): Page<CategoryRow & { canvasesCount: number; warnings: string[] }> {
  const where = eq(categories.workspaceId, ctx.workspaceId);
  const rows = ctx.db
    .select()
    .from(categories)
    .where(where)
    .orderBy(asc(sql`lower(${categories.name})`), asc(categories.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = ctx.db.select({ n: count() }).from(categories).where(where).get()?.n ?? 0;
  const counts = canvasCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({ ...withWarnings(r), canvasesCount: counts.get(r.id) ?? 0 })),
    total,
    limit: input.limit,
    offset: input.offset,
  };
}

export function getCategory(ctx: WorkspaceCtx, id: string) {
  const row = getCategoryInWorkspace(ctx.db, ctx, id);
  return { ...withWarnings(row), canvasesCount: canvasCounts(ctx.db, [row.id]).get(row.id) ?? 0 };
}
