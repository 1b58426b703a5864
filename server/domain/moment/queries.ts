import { and, asc, count, eq, sql } from "drizzle-orm";
import { canvases, categories, moments } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { getCanvasInWorkspace } from "../canvas/queries";
import { computedFields, linkedInitiativesOf, withComputed, type MomentRow } from "./computed";
import type { ListMomentsInput } from "./schemas";
import { rowInWorkspace } from "../shared/in-workspace";

export async function getMomentInWorkspace(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, id: string): Promise<MomentRow> {
  return rowInWorkspace(db, ctx, moments, "Moment of truth", id);
}

/** A moment as every reader sees it: stored fields, hot-spot numbers, and the initiatives that touch it. */
export async function readMoment(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, row: MomentRow) {
  return withComputed(row, await linkedInitiativesOf(db, ctx, { momentIds: [row.id] }));
}

export async function getMoment(ctx: WorkspaceCtx, id: string) {
  return await readMoment(ctx.db, ctx, await getMomentInWorkspace(ctx.db, ctx, id));
}

export async function listMoments(ctx: WorkspaceCtx, input: ListMomentsInput) {
  if (input.canvasId) {
    await getCanvasInWorkspace(ctx.db, ctx, input.canvasId);
    const where = and(eq(moments.workspaceId, ctx.workspaceId), eq(moments.canvasId, input.canvasId));
    const rows = await ctx.db
      .select()
      .from(moments)
      .where(where)
      .orderBy(asc(moments.position), asc(moments.id))
      .limit(input.limit)
      .offset(input.offset);
    const total = (await ctx.db.select({ n: count() }).from(moments).where(where))[0]?.n ?? 0;
    const links = await linkedInitiativesOf(ctx.db, ctx, { canvasId: input.canvasId });
    return { items: rows.map((r) => withComputed(r, links)), total, limit: input.limit, offset: input.offset };
  }
  const where = eq(moments.workspaceId, ctx.workspaceId);
  const rows = await ctx.db
    .select({ moment: moments, canvasTitle: canvases.title, categoryId: categories.id, categoryName: categories.name })
    .from(moments)
    .innerJoin(canvases, eq(canvases.id, moments.canvasId))
    .innerJoin(categories, eq(categories.id, canvases.categoryId))
    .where(where)
    .orderBy(
      asc(sql`lower(${categories.name})`),
      asc(categories.id),
      asc(sql`lower(${canvases.title})`),
      asc(canvases.id),
      asc(moments.position),
      asc(moments.id),
    )
    .limit(input.limit)
    .offset(input.offset);
  const total = (await ctx.db.select({ n: count() }).from(moments).where(where))[0]?.n ?? 0;
  const links = await linkedInitiativesOf(ctx.db, ctx, { momentIds: rows.map((r) => r.moment.id) });
  return {
    items: rows.map((r) => ({
      ...withComputed(r.moment, links),
      canvasTitle: r.canvasTitle,
      categoryId: r.categoryId,
      categoryName: r.categoryName,
    })),
    total,
    limit: input.limit,
    offset: input.offset,
  };
}

/** Enough for any real workspace's picker; `truncated` says when there were more. */
const GROUPED_MOMENTS_LIMIT = 2000;

type PickerMoment = {
  id: string;
  name: string;
  stage: string;
  importance: number;
  performance: number;
  gap: number;
  hotSpotScore: number;
  isHotSpot: boolean;
};

/** Moments grouped by category, then canvas, for the initiative editor's picker. */
export async function listMomentsGrouped(ctx: WorkspaceCtx) {
  const rows = await ctx.db
    .select({
      moment: moments,
      canvasId: canvases.id,
      canvasTitle: canvases.title,
      categoryId: categories.id,
      categoryName: categories.name,
      categoryWeight: categories.weight,
    })
    .from(moments)
    .innerJoin(canvases, eq(canvases.id, moments.canvasId))
    .innerJoin(categories, eq(categories.id, canvases.categoryId))
    .where(eq(moments.workspaceId, ctx.workspaceId))
    .orderBy(
      asc(sql`lower(${categories.name})`),
      asc(categories.id),
      asc(sql`lower(${canvases.title})`),
      asc(canvases.id),
      asc(moments.position),
      asc(moments.id),
    )
    .limit(GROUPED_MOMENTS_LIMIT + 1);
  const truncated = rows.length > GROUPED_MOMENTS_LIMIT;
  const groups: {
    categoryId: string;
    categoryName: string;
    categoryWeight: number;
    canvases: { canvasId: string; canvasTitle: string; moments: PickerMoment[] }[];
  }[] = [];
  for (const r of rows.slice(0, GROUPED_MOMENTS_LIMIT)) {
    let group = groups.at(-1);
    if (!group || group.categoryId !== r.categoryId) {
      group = { categoryId: r.categoryId, categoryName: r.categoryName, categoryWeight: r.categoryWeight, canvases: [] };
      groups.push(group);
    }
    let canvas = group.canvases.at(-1);
    if (!canvas || canvas.canvasId !== r.canvasId) {
      canvas = { canvasId: r.canvasId, canvasTitle: r.canvasTitle, moments: [] };
      group.canvases.push(canvas);
    }
    const m = r.moment;
    const c = computedFields(m);
    canvas.moments.push({
      id: m.id,
      name: m.name,
      stage: m.stage,
      importance: m.importance,
      performance: m.performance,
      gap: c.gap,
      hotSpotScore: c.hotSpotScore,
      isHotSpot: c.isHotSpot,
    });
  }
  return { groups, truncated };
}
