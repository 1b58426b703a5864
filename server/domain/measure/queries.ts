import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { measureActuals, measures, users } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { getCanvasInWorkspace } from "../canvas/queries";
import { measureProgress, OUTPUT_MEASURE_MESSAGE } from "./progress";
import type { ListActualsInput } from "./schemas";
import { rowInWorkspace } from "../shared/in-workspace";
import { measureFinishes, type MeasureFinish } from "./finishes";

type MeasureRow = typeof measures.$inferSelect;

/** Points in a measure's trend line: enough for two years of monthly values. */
const SERIES_LENGTH = 24;

export async function getMeasureInWorkspace(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, id: string): Promise<MeasureRow> {
  return rowInWorkspace(db, ctx, measures, "Measure", id);
}

/** The latest value wins by date; values entered for the same date, by entry time. */
const newestFirst = [desc(measureActuals.date), desc(measureActuals.createdAt), desc(measureActuals.id)];

/** A measure with its latest actual, a short trend series (oldest first), progress and the output flag. */
export async function readMeasure(db: DbOrTx, row: MeasureRow, finishes: MeasureFinish[] = []) {
  const recent = await db
    .select({ id: measureActuals.id, date: measureActuals.date, value: measureActuals.value, note: measureActuals.note })
    .from(measureActuals)
    .where(eq(measureActuals.measureId, row.id))
    .orderBy(...newestFirst)
    .limit(SERIES_LENGTH);
  const latest = recent[0] ?? null;
  const isOutputMeasure = row.kind === "output";
  return {
    ...row,
    latest,
    series: recent.slice().reverse(),
    progress: measureProgress(row, latest?.value ?? null),
    isOutputMeasure,
    outputWarning: isOutputMeasure ? OUTPUT_MEASURE_MESSAGE : null,
    /** Where the chart marks the finish of a done initiative that expected to move it. */
    finishes,
  };
}

export async function listMeasures(ctx: WorkspaceCtx, input: { canvasId: string }) {
  await getCanvasInWorkspace(ctx.db, ctx, input.canvasId);
  const rows = await ctx.db
    .select()
    .from(measures)
    .where(and(eq(measures.workspaceId, ctx.workspaceId), eq(measures.canvasId, input.canvasId)))
    .orderBy(asc(sql`lower(${measures.name})`), asc(measures.id))
    .limit(500);
  const finishes = await measureFinishes(
    ctx.db,
    ctx.workspaceId,
    rows.map((r) => r.id),
  );
  return Promise.all(rows.map((row) => readMeasure(ctx.db, row, finishes.get(row.id))));
}

export async function getMeasure(ctx: WorkspaceCtx, id: string) {
  const row = await getMeasureInWorkspace(ctx.db, ctx, id);
  return await readMeasure(ctx.db, row, (await measureFinishes(ctx.db, ctx.workspaceId, [row.id])).get(row.id));
}

export async function listActuals(ctx: WorkspaceCtx, input: ListActualsInput) {
  const measure = await getMeasureInWorkspace(ctx.db, ctx, input.measureId);
  const where = and(eq(measureActuals.workspaceId, ctx.workspaceId), eq(measureActuals.measureId, measure.id));
  const items = await ctx.db
    .select({
      id: measureActuals.id,
      measureId: measureActuals.measureId,
      date: measureActuals.date,
      value: measureActuals.value,
      note: measureActuals.note,
      createdBy: measureActuals.createdBy,
      createdByName: users.name,
      createdAt: measureActuals.createdAt,
    })
    .from(measureActuals)
    .leftJoin(users, eq(users.id, measureActuals.createdBy))
    .where(where)
    .orderBy(...newestFirst)
    .limit(input.limit)
    .offset(input.offset);
  const total = (await ctx.db.select({ n: count() }).from(measureActuals).where(where))[0]?.n ?? 0;
  return { items, total, limit: input.limit, offset: input.offset };
}
