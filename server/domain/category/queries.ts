import { asc, count, eq, inArray, sql } from "drizzle-orm";
import { canvases, categories } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import type { Page } from "../shared/pagination";
import { circumstanceWarnings } from "./circumstance";
import type { ListCategoriesInput } from "./schemas";
import { rowInWorkspace } from "../shared/in-workspace";

type CategoryRow = typeof categories.$inferSelect;

/** The category if it belongs to the caller's workspace; NotFound otherwise (also for other tenants). */
export async function getCategoryInWorkspace(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, id: string): Promise<CategoryRow> {
  return rowInWorkspace(db, ctx, categories, "Category", id);
}

export function withWarnings<T extends Pick<CategoryRow, "name" | "need">>(row: T): T & { warnings: string[] } {
  return { ...row, warnings: circumstanceWarnings(row.name, row.need) };
}

/** Canvases per category, for the given categories (one grouped query, not one per row). */
async function canvasCounts(db: DbOrTx, categoryIds: string[]): Promise<Map<string, number>> {
  if (categoryIds.length === 0) return new Map();
  const rows = await db
    .select({ id: canvases.categoryId, n: count() })
    .from(canvases)
    .where(inArray(canvases.categoryId, categoryIds))
    .groupBy(canvases.categoryId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function listCategories(
  ctx: WorkspaceCtx,
  input: ListCategoriesInput,
): Promise<Page<CategoryRow & { canvasesCount: number; warnings: string[] }>> {
  const where = eq(categories.workspaceId, ctx.workspaceId);
  const rows = await ctx.db
    .select()
    .from(categories)
    .where(where)
    .orderBy(asc(sql`lower(${categories.name})`), asc(categories.id))
    .limit(input.limit)
    .offset(input.offset);
  const total = (await ctx.db.select({ n: count() }).from(categories).where(where))[0]?.n ?? 0;
  const counts = await canvasCounts(
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

export async function getCategory(ctx: WorkspaceCtx, id: string) {
  const row = await getCategoryInWorkspace(ctx.db, ctx, id);
  return { ...withWarnings(row), canvasesCount: (await canvasCounts(ctx.db, [row.id])).get(row.id) ?? 0 };
}
