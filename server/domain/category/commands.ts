import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { and, eq } from "drizzle-orm";
import { canvases, categories } from "@/db/schema";
import { ConflictError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { fieldNamer } from "../shared/labels";
import { updateMerging } from "../shared/merge";
import { throwMissingOrStale } from "../shared/versioned";
import { dependentsOfCanvases, describeLoss } from "../canvas/dependents";
import { deleteCommentsOn } from "../comment/cleanup";
import { getCategoryInWorkspace, withWarnings } from "./queries";
import { CATEGORY_LABELS, type CreateCategoryInput, type DeleteCategoryInput, type UpdateCategoryInput } from "./schemas";
import { requireRoom } from "../quotas";

const CATEGORY_ENTITY = { name: "Category", type: "category", fieldOf: fieldNamer(CATEGORY_LABELS) };

export async function createCategory(ctx: WorkspaceCtx, input: CreateCategoryInput) {
  return await writeTransaction(ctx, async (tx) => {
    await requireRoom(tx, ctx.workspaceId, "categories");
    const row = await insertedRow(
      tx
        .insert(categories)
        .values({ ...input, size: input.size ?? null, workspaceId: ctx.workspaceId })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "category", entityId: row.id, action: "create", after: row });
    return withWarnings(row);
  });
}

export async function updateCategory(ctx: WorkspaceCtx, input: UpdateCategoryInput) {
  const { id, version, ...values } = input;
  return await writeTransaction(ctx, async (tx) => {
    const before = await getCategoryInWorkspace(tx, ctx, id);
    const { row: after, baseVersion } = await updateMerging(tx, ctx, categories, CATEGORY_ENTITY, { id, version }, values);
    await recordAudit(tx, ctx, { entityType: "category", entityId: id, action: "update", before, after, baseVersion });
    return withWarnings(after);
  });
}

/**
 * Deleting a category deletes its canvases (and their moments, measures and
 * initiative links, by foreign-key cascade). When there is anything to lose the
 * caller must say `confirm: true`; otherwise the refusal says exactly what would go.
 */
export async function deleteCategory(ctx: WorkspaceCtx, input: DeleteCategoryInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await getCategoryInWorkspace(tx, ctx, input.id);
    if (input.version !== undefined && input.version !== before.version) {
      await throwMissingOrStale(tx, ctx, categories, "Category", input.id);
    }
    const canvasIds = (
      await tx
        .select({ id: canvases.id })
        .from(canvases)
        .where(and(eq(canvases.categoryId, before.id), eq(canvases.workspaceId, ctx.workspaceId)))
    ).map((c) => c.id);
    const lost = { canvases: canvasIds.length, ...(await dependentsOfCanvases(tx, canvasIds)) };
    if (canvasIds.length > 0 && !input.confirm) {
      throw new ConflictError(`“${before.name}” has ${describeLoss(lost)}. Deleting it deletes them too; confirm to go ahead.`, {
        needsConfirm: true,
        ...lost,
      });
    }
    await deleteCommentsOn(tx, ctx, "canvas", canvasIds);
    await tx.delete(categories).where(and(eq(categories.id, before.id), eq(categories.workspaceId, ctx.workspaceId)));
    await recordAudit(tx, ctx, { entityType: "category", entityId: before.id, action: "delete", before: { ...before, deleted: lost } });
    return { deleted: true as const, ...lost };
  });
}
