import { and, asc, count, eq, sql } from "drizzle-orm";
import { canvases, categories, users } from "@/db/schema";
import { NotFoundError } from "../errors";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import type { Page } from "../shared/pagination";
import { getCategoryInWorkspace } from "../category/queries";
import { canvasCounts, type CanvasCounts } from "./counts";
import type { ListCanvasesInput } from "./schemas";
import { rowInWorkspace } from "../shared/in-workspace";

type CanvasRow = typeof canvases.$inferSelect;

export async function getCanvasInWorkspace(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, id: string): Promise<CanvasRow> {
  return rowInWorkspace(db, ctx, canvases, "Canvas", id);
}

export async function listCanvases(ctx: WorkspaceCtx, input: ListCanvasesInput) {
  if (input.categoryId) await getCategoryInWorkspace(ctx.db, ctx, input.categoryId);
  const where = and(eq(canvases.workspaceId, ctx.workspaceId), input.categoryId ? eq(canvases.categoryId, input.categoryId) : undefined);
  const rows = await ctx.db
    .select({ canvas: canvases, categoryName: categories.name })
    .from(canvases)
    .innerJoin(categories, eq(categories.id, canvases.categoryId))
    .where(where)
    .orderBy(asc(sql`lower(${categories.name})`), asc(categories.id), asc(sql`lower(${canvases.title})`), asc(canvases.id))
    .limit(input.limit)
    .offset(input.offset);
  const total = (await ctx.db.select({ n: count() }).from(canvases).where(where))[0]?.n ?? 0;
  const counts = await canvasCounts(
    ctx.db,
    rows.map((r) => r.canvas.id),
  );
  const page: Page<CanvasRow & { categoryName: string } & CanvasCounts> = {
    items: rows.map((r) => ({ ...r.canvas, categoryName: r.categoryName, ...counts(r.canvas.id) })),
    total,
    limit: input.limit,
    offset: input.offset,
  };
  return page;
}

/** The canvas with its category's name and who saved it last (the editor shows both). */
export async function getCanvas(ctx: WorkspaceCtx, id: string) {
  const row = (
    await ctx.db
      .select({ canvas: canvases, categoryName: categories.name, updatedByName: users.name })
      .from(canvases)
      .innerJoin(categories, eq(categories.id, canvases.categoryId))
      .leftJoin(users, eq(users.id, canvases.updatedBy))
      .where(and(eq(canvases.id, id), eq(canvases.workspaceId, ctx.workspaceId)))
  )[0];
  if (!row) throw new NotFoundError("Canvas");
  return {
    ...row.canvas,
    categoryName: row.categoryName,
    updatedByName: row.updatedByName,
    ...(await canvasCounts(ctx.db, [row.canvas.id]))(row.canvas.id),
  };
}
