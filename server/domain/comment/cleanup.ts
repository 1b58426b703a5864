import { and, eq, inArray } from "drizzle-orm";
import { comments } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";

/**
 * Comments point at their entity by id without a foreign key (one table serves
 * initiatives and canvases), so whoever deletes the entity deletes its comments
 * in the same transaction: nothing dangles.
 */
export async function deleteCommentsOn(
  tx: DbOrTx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  entityType: "initiative" | "canvas",
  entityIds: string[],
): Promise<void> {
  if (entityIds.length === 0) return;
  await tx
    .delete(comments)
    .where(and(eq(comments.workspaceId, ctx.workspaceId), eq(comments.entityType, entityType), inArray(comments.entityId, entityIds)));
}
