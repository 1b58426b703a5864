import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { and, eq } from "drizzle-orm";
import { canvases } from "@/db/schema";
import { ConflictError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { fieldNamer } from "../shared/labels";
import { updateMerging } from "../shared/merge";
import { throwMissingOrStale } from "../shared/versioned";
import { dependentsOfCanvases, describeLoss } from "./dependents";
import { getCategoryInWorkspace } from "../category/queries";
import { deleteCommentsOn } from "../comment/cleanup";
import { getCanvasInWorkspace } from "./queries";
import { CANVAS_LABELS, type CreateCanvasInput, type DeleteCanvasInput, type UpdateCanvasInput } from "./schemas";
import { requireRoom } from "../quotas";

const CANVAS_ENTITY = { name: "Canvas", type: "canvas", fieldOf: fieldNamer(CANVAS_LABELS) };

export async function createCanvas(ctx: WorkspaceCtx, input: CreateCanvasInput) {
  return await writeTransaction(ctx, async (tx) => {
    await getCategoryInWorkspace(tx, ctx, input.categoryId);
    await requireRoom(tx, ctx.workspaceId, "canvases");
    const row = await insertedRow(
      tx
        .insert(canvases)
        .values({ ...input, workspaceId: ctx.workspaceId, updatedBy: ctx.userId })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "canvas", entityId: row.id, action: "create", after: row });
    return row;
  });
}

export async function updateCanvas(ctx: WorkspaceCtx, input: UpdateCanvasInput) {
  const { id, version, ...values } = input;
  return await writeTransaction(ctx, async (tx) => {
    const before = await getCanvasInWorkspace(tx, ctx, id);
    if (values.categoryId !== undefined) await getCategoryInWorkspace(tx, ctx, values.categoryId);
    const { row: after, baseVersion } = await updateMerging(
      tx,
      ctx,
      canvases,
      CANVAS_ENTITY,
      { id, version },
      { ...values, updatedBy: ctx.userId },
    );
    await recordAudit(tx, ctx, { entityType: "canvas", entityId: id, action: "update", before, after, baseVersion });
    return after;
  });
}

/** Refused while it has moments or measures, unless `confirm: true`; then the foreign keys cascade. */
export async function deleteCanvas(ctx: WorkspaceCtx, input: DeleteCanvasInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await getCanvasInWorkspace(tx, ctx, input.id);
    if (input.version !== undefined && input.version !== before.version) {
      await throwMissingOrStale(tx, ctx, canvases, "Canvas", input.id);
    }
    const lost = await dependentsOfCanvases(tx, [before.id]);
    if ((lost.moments > 0 || lost.measures > 0) && !input.confirm) {
      throw new ConflictError(`“${before.title}” has ${describeLoss(lost)}. Deleting it deletes them too; confirm to go ahead.`, {
        needsConfirm: true,
        ...lost,
      });
    }
    await deleteCommentsOn(tx, ctx, "canvas", [before.id]);
    await tx.delete(canvases).where(and(eq(canvases.id, before.id), eq(canvases.workspaceId, ctx.workspaceId)));
    await recordAudit(tx, ctx, { entityType: "canvas", entityId: before.id, action: "delete", before: { ...before, deleted: lost } });
    return { deleted: true as const, ...lost };
  });
}
