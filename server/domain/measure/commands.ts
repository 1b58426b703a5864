import { and, count, eq } from "drizzle-orm";
import { measureActuals, measures } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { fieldNamer } from "../shared/labels";
import { updateMerging } from "../shared/merge";
import { getCanvasInWorkspace } from "../canvas/queries";
import { latestToday, systemClock, type Clock } from "./clock";
import { directionProblem } from "./progress";
import { getMeasureInWorkspace, readMeasure } from "./queries";
import { MAX_MEASURES_PER_CANVAS, MEASURE_LABELS, type AddActualInput, type CreateMeasureInput, type UpdateMeasureInput } from "./schemas";
import { requireRoom } from "../quotas";

const MEASURE_ENTITY = { name: "Measure", type: "measure", fieldOf: fieldNamer(MEASURE_LABELS) };

function checkDirection(m: Parameters<typeof directionProblem>[0]): void {
  const problem = directionProblem(m);
  if (problem) throw new ValidationError(problem, { target: [problem] });
}

export function createMeasure(ctx: WorkspaceCtx, input: CreateMeasureInput) {
  const values = { ...input, baseline: input.baseline ?? null, target: input.target ?? null };
  checkDirection(values);
  return ctx.db.transaction((tx) => {
    const canvas = getCanvasInWorkspace(tx, ctx, input.canvasId);
    requireRoom(tx, ctx.workspaceId, "measures");
    const existing = tx.select({ n: count() }).from(measures).where(eq(measures.canvasId, canvas.id)).get()?.n ?? 0;
    if (existing >= MAX_MEASURES_PER_CANVAS) {
      throw new ConflictError(`A canvas holds at most ${MAX_MEASURES_PER_CANVAS} measures; this one is full.`);
    }
    const row = tx
      .insert(measures)
      .values({ ...values, workspaceId: ctx.workspaceId })
      .returning()
      .get();
    recordAudit(tx, ctx, { entityType: "measure", entityId: row.id, action: "create", after: row });
    return readMeasure(tx, row);
  });
}

export function updateMeasure(ctx: WorkspaceCtx, input: UpdateMeasureInput) {
  const { id, version, ...values } = input;
  return ctx.db.transaction((tx) => {
    const before = getMeasureInWorkspace(tx, ctx, id);
    checkDirection({ ...before, ...values });
    const { row: after, baseVersion } = updateMerging(tx, ctx, measures, MEASURE_ENTITY, { id, version }, values);
    recordAudit(tx, ctx, { entityType: "measure", entityId: id, action: "update", before, after, baseVersion });
    return readMeasure(tx, after);
  });
}

export function deleteMeasure(ctx: WorkspaceCtx, input: { id: string }) {
  return ctx.db.transaction((tx) => {
    const before = getMeasureInWorkspace(tx, ctx, input.id);
    const actuals = tx.select({ n: count() }).from(measureActuals).where(eq(measureActuals.measureId, before.id)).get()?.n ?? 0;
    tx.delete(measures)
      .where(and(eq(measures.id, before.id), eq(measures.workspaceId, ctx.workspaceId)))
      .run();
    recordAudit(tx, ctx, { entityType: "measure", entityId: before.id, action: "delete", before: { ...before, actuals } });
    return { deleted: true as const, actuals };
  });
}

/**
 * Trackers record values too (see permissions.ts); the audit trail of the
 * measure shows each one. A value dated in the future is refused: it would
 * show as the latest reading before it was ever measured.
 */
export function addActual(ctx: WorkspaceCtx, input: AddActualInput, now: Clock = systemClock) {
  if (input.date > latestToday(now())) {
    const message = `Date: ${input.date} is in the future; record a value on the day it was measured, today at the latest.`;
    throw new ValidationError(message, { date: [message] });
  }
  return ctx.db.transaction((tx) => {
    const measure = getMeasureInWorkspace(tx, ctx, input.measureId);
    const row = tx
      .insert(measureActuals)
      .values({ ...input, measureId: measure.id, workspaceId: ctx.workspaceId, createdBy: ctx.userId })
      .returning()
      .get();
    recordAudit(tx, ctx, { entityType: "measure", entityId: measure.id, action: "add_actual", after: row });
    return { actual: row, measure: readMeasure(tx, measure) };
  });
}

/** For a value typed in error; recorded on the measure's trail with what was removed. */
export function deleteActual(ctx: WorkspaceCtx, input: { id: string }) {
  return ctx.db.transaction((tx) => {
    const before = tx
      .select()
      .from(measureActuals)
      .where(and(eq(measureActuals.id, input.id), eq(measureActuals.workspaceId, ctx.workspaceId)))
      .get();
    if (!before) throw new NotFoundError("Measure value");
    tx.delete(measureActuals).where(eq(measureActuals.id, before.id)).run();
    recordAudit(tx, ctx, { entityType: "measure", entityId: before.measureId, action: "delete_actual", before });
    return { deleted: true as const };
  });
}
