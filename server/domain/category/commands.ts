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

export function createCategory(ctx: WorkspaceCtx, input: CreateCategoryInput) {
  return ctx.db.transaction((tx) => {
    requireRoom(tx, ctx.workspaceId, "categories");
    const row = tx
      .insert(categories)
      .values({ ...input, size: input.size ?? null, workspaceId: ctx.workspaceId })
      .returning()
      .get();
    recordAudit(tx, ctx, { entityType: "category", entityId: row.id, action: "create", after: row });
    return withWarnings(row);
  });
}

export function updateCategory(ctx: WorkspaceCtx, input: UpdateCategoryInput) {
  const { id, version, ...values } = input;
  return ctx.db.transaction((tx) => {
    const before = getCategoryInWorkspace(tx, ctx, id);
    const { row: after, baseVersion } = updateMerging(tx, ctx, categories, CATEGORY_ENTITY, { id, version }, values);
    recordAudit(tx, ctx, { entityType: "category", entityId: id, action: "update", before, after, baseVersion });
    return withWarnings(after);
  });
}

/**
 * Deleting a category deletes its canvases (and their moments, measures and
 * initiative links, by foreign-key cascade). When there is anything to lose the
 * caller must say `confirm: true`; otherwise the refusal says exactly what would go.
 */
export function deleteCategory(ctx: WorkspaceCtx, input: DeleteCategoryInput) {
  return ctx.db.transaction((tx) => {
    const before = getCategoryInWorkspace(tx, ctx, input.id);
    if (input.version !== undefined && input.version !== before.version) {
      throwMissingOrStale(tx, ctx, categories, "Category", input.id);
    }
    const canvasIds = tx
      .select({ id: canvases.id })
      .from(canvases)
      .where(and(eq(canvases.categoryId, before.id), eq(canvases.workspaceId, ctx.workspaceId)))
      .all()
      .map((c) => c.id);
    const lost = { canvases: canvasIds.length, ...dependentsOfCanvases(tx, canvasIds) };
    if (canvasIds.length > 0 && !input.confirm) {
      throw new ConflictError(`“${before.name}” has ${describeLoss(lost)}. Deleting it deletes them too; confirm to go ahead.`, {
        needsConfirm: true,
        ...lost,
      });
    }
    deleteCommentsOn(tx, ctx, "canvas", canvasIds);
    tx.delete(categories)
      .where(and(eq(categories.id, before.id), eq(categories.workspaceId, ctx.workspaceId)))
      .run();
    recordAudit(tx, ctx, { entityType: "category", entityId: before.id, action: "delete", before: { ...before, deleted: lost } });
    return { deleted: true as const, ...lost };
  });
}
