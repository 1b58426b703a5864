import { and, eq } from "drizzle-orm";
import { comments, users } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { requireCommentable } from "./queries";
import { mayDeleteComment } from "./rules";
import type { CreateCommentInput } from "./schemas";
import { requireRoom } from "../quotas";

export function createComment(ctx: WorkspaceCtx, input: CreateCommentInput) {
  return ctx.db.transaction((tx) => {
    requireCommentable(tx, ctx, input.entityType, input.entityId);
    requireRoom(tx, ctx.workspaceId, "comments");
    const row = tx
      .insert(comments)
      .values({ ...input, workspaceId: ctx.workspaceId, authorId: ctx.userId })
      .returning()
      .get();
    recordAudit(tx, ctx, { entityType: "comment", entityId: row.id, action: "create", after: row });
    const author = tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.userId)).get();
    return { ...row, authorName: author?.name ?? null };
  });
}

/** Authors delete their own comments; a moderator may delete any (rules.ts). */
export function deleteComment(ctx: WorkspaceCtx, input: { id: string }) {
  return ctx.db.transaction((tx) => {
    const before = tx
      .select()
      .from(comments)
      .where(and(eq(comments.id, input.id), eq(comments.workspaceId, ctx.workspaceId)))
      .get();
    if (!before) throw new NotFoundError("Comment");
    if (!mayDeleteComment(ctx, before.authorId)) {
      throw new ForbiddenError("You can delete only your own comments. Ask a workspace admin.");
    }
    tx.delete(comments).where(eq(comments.id, before.id)).run();
    recordAudit(tx, ctx, { entityType: "comment", entityId: before.id, action: "delete", before });
    return { deleted: true as const };
  });
}
