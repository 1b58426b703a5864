import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { and, count, eq, max } from "drizzle-orm";
import { initiativeEffects, moments } from "@/db/schema";
import { ConflictError, ValidationError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { fieldNamer } from "../shared/labels";
import { updateMerging } from "../shared/merge";
import { getCanvasInWorkspace } from "../canvas/queries";
import { getMomentInWorkspace, readMoment } from "./queries";
import { MAX_MOMENTS_PER_CANVAS, MOMENT_LABELS, type CreateMomentInput, type ReorderMomentsInput, type UpdateMomentInput } from "./schemas";
import { requireRoom } from "../quotas";

const MOMENT_ENTITY = { name: "Moment of truth", type: "moment", fieldOf: fieldNamer(MOMENT_LABELS) };

export async function createMoment(ctx: WorkspaceCtx, input: CreateMomentInput) {
  return await writeTransaction(ctx, async (tx) => {
    const canvas = await getCanvasInWorkspace(tx, ctx, input.canvasId);
    await requireRoom(tx, ctx.workspaceId, "moments");
    const stats = (
      await tx
        .select({ n: count(), last: max(moments.position) })
        .from(moments)
        .where(eq(moments.canvasId, canvas.id))
    )[0];
    if ((stats?.n ?? 0) >= MAX_MOMENTS_PER_CANVAS) {
      throw new ConflictError(`A canvas holds at most ${MAX_MOMENTS_PER_CANVAS} moments of truth; this one is full.`);
    }
    const position = stats?.last === null || stats?.last === undefined ? 0 : stats.last + 1;
    const row = await insertedRow(
      tx
        .insert(moments)
        .values({ ...input, workspaceId: ctx.workspaceId, position })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "moment", entityId: row.id, action: "create", after: row });
    return await readMoment(tx, ctx, row);
  });
}

export async function updateMoment(ctx: WorkspaceCtx, input: UpdateMomentInput) {
  const { id, version, ...values } = input;
  return await writeTransaction(ctx, async (tx) => {
    const before = await getMomentInWorkspace(tx, ctx, id);
    const { row: after, baseVersion } = await updateMerging(tx, ctx, moments, MOMENT_ENTITY, { id, version }, values);
    await recordAudit(tx, ctx, { entityType: "moment", entityId: id, action: "update", before, after, baseVersion });
    return await readMoment(tx, ctx, after);
  });
}

/** Its initiative links go with it (foreign-key cascade); the audit row keeps them. */
export async function deleteMoment(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await getMomentInWorkspace(tx, ctx, input.id);
    const effects = await tx
      .select({ initiativeId: initiativeEffects.initiativeId, effect: initiativeEffects.effect })
      .from(initiativeEffects)
      .where(eq(initiativeEffects.momentId, before.id));
    await tx.delete(moments).where(and(eq(moments.id, before.id), eq(moments.workspaceId, ctx.workspaceId)));
    await recordAudit(tx, ctx, { entityType: "moment", entityId: before.id, action: "delete", before: { ...before, effects } });
    return { deleted: true as const, effectLinks: effects.length };
  });
}

/**
 * Rewrites the positions of a canvas's moments in one transaction. `ids` must
 * be exactly the canvas's moments, so a reorder based on a stale list (someone
 * added or deleted one meanwhile) is refused instead of losing a moment's place.
 */
export async function reorderMoments(ctx: WorkspaceCtx, input: ReorderMomentsInput) {
  return await writeTransaction(ctx, async (tx) => {
    const canvas = await getCanvasInWorkspace(tx, ctx, input.canvasId);
    const current = await tx
      .select({ id: moments.id, position: moments.position })
      .from(moments)
      .where(and(eq(moments.canvasId, canvas.id), eq(moments.workspaceId, ctx.workspaceId)))
      .orderBy(moments.position, moments.id);
    const currentIds = new Set(current.map((m) => m.id));
    const unknown = input.ids.filter((id) => !currentIds.has(id));
    const given = new Set(input.ids);
    const missing = current.filter((m) => !given.has(m.id)).map((m) => m.id);
    if (unknown.length > 0 || missing.length > 0) {
      const problems = [
        ...(unknown.length ? [`${unknown.length} id(s) are not moments of this canvas: ${unknown.join(", ")}`] : []),
        ...(missing.length ? [`${missing.length} moment(s) of this canvas are missing: ${missing.join(", ")}`] : []),
      ];
      throw new ValidationError("List every moment of this canvas exactly once, in the new order.", { ids: problems });
    }
    const now = Date.now();
    for (const [position, id] of input.ids.entries()) {
      await tx.update(moments).set({ position, updatedAt: now }).where(eq(moments.id, id));
    }
    await recordAudit(tx, ctx, {
      entityType: "canvas",
      entityId: canvas.id,
      action: "reorder_moments",
      before: current.map((m) => m.id),
      after: input.ids,
    });
    return { ids: input.ids };
  });
}
