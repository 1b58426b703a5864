import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
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

export async function createMeasure(ctx: WorkspaceCtx, input: CreateMeasureInput) {
  const values = { ...input, baseline: input.baseline ?? null, target: input.target ?? null };
  checkDirection(values);
  return await writeTransaction(ctx, async (tx) => {
    const canvas = await getCanvasInWorkspace(tx, ctx, input.canvasId);
    await requireRoom(tx, ctx.workspaceId, "measures");
    const existing = (await tx.select({ n: count() }).from(measures).where(eq(measures.canvasId, canvas.id)))[0]?.n ?? 0;
    if (existing >= MAX_MEASURES_PER_CANVAS) {
      throw new ConflictError(`A canvas holds at most ${MAX_MEASURES_PER_CANVAS} measures; this one is full.`);
    }
    const row = await insertedRow(
      tx
        .insert(measures)
        .values({ ...values, workspaceId: ctx.workspaceId })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "measure", entityId: row.id, action: "create", after: row });
    return await readMeasure(tx, row);
  });
}

export async function updateMeasure(ctx: WorkspaceCtx, input: UpdateMeasureInput) {
  const { id, version, ...values } = input;
  return await writeTransaction(ctx, async (tx) => {
    const before = await getMeasureInWorkspace(tx, ctx, id);
    checkDirection({ ...before, ...values });
    const { row: after, baseVersion } = await updateMerging(tx, ctx, measures, MEASURE_ENTITY, { id, version }, values);
    await recordAudit(tx, ctx, { entityType: "measure", entityId: id, action: "update", before, after, baseVersion });
    return await readMeasure(tx, after);
  });
}

export async function deleteMeasure(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await getMeasureInWorkspace(tx, ctx, input.id);
    const actuals = (await tx.select({ n: count() }).from(measureActuals).where(eq(measureActuals.measureId, before.id)))[0]?.n ?? 0;
    await tx.delete(measures).where(and(eq(measures.id, before.id), eq(measures.workspaceId, ctx.workspaceId)));
    await recordAudit(tx, ctx, { entityType: "measure", entityId: before.id, action: "delete", before: { ...before, actuals } });
    return { deleted: true as const, actuals };
  });
}

/**
 * Trackers record values too (see permissions.ts); the audit trail of the
 * measure shows each one. A value dated in the future is refused: it would
 * show as the latest reading before it was ever measured.
 */
export async function addActual(ctx: WorkspaceCtx, input: AddActualInput, now: Clock = systemClock) {
  if (input.date > latestToday(now())) {
    const message = `Date: ${input.date} is in the future; record a value on the day it was measured, today at the latest.`;
    throw new ValidationError(message, { date: [message] });
  }
  return await writeTransaction(ctx, async (tx) => {
    const measure = await getMeasureInWorkspace(tx, ctx, input.measureId);
    const row = await insertedRow(
      tx
        .insert(measureActuals)
        .values({ ...input, measureId: measure.id, workspaceId: ctx.workspaceId, createdBy: ctx.userId })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "measure", entityId: measure.id, action: "add_actual", after: row });
    return { actual: row, measure: await readMeasure(tx, measure) };
  });
}

/** For a value typed in error; recorded on the measure's trail with what was removed. */
export async function deleteActual(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = (
      await tx
        .select()
        .from(measureActuals)
        .where(and(eq(measureActuals.id, input.id), eq(measureActuals.workspaceId, ctx.workspaceId)))
    )[0];
    if (!before) throw new NotFoundError("Measure value");
    await tx.delete(measureActuals).where(eq(measureActuals.id, before.id));
    await recordAudit(tx, ctx, { entityType: "measure", entityId: before.measureId, action: "delete_actual", before });
    return { deleted: true as const };
  });
}
