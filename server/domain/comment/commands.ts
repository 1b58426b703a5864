import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { and, eq } from "drizzle-orm";
import { comments, users } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { requireCommentable } from "./queries";
import { mayDeleteComment } from "./rules";
import type { CreateCommentInput } from "./schemas";
import { requireRoom } from "../quotas";

export async function createComment(ctx: WorkspaceCtx, input: CreateCommentInput) {
  return await writeTransaction(ctx, async (tx) => {
    await requireCommentable(tx, ctx, input.entityType, input.entityId);
    await requireRoom(tx, ctx.workspaceId, "comments");
    const row = await insertedRow(
      tx
        .insert(comments)
        .values({ ...input, workspaceId: ctx.workspaceId, authorId: ctx.userId })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "comment", entityId: row.id, action: "create", after: row });
    const author = (await tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.userId)))[0];
    return { ...row, authorName: author?.name ?? null };
  });
}

/** Authors delete their own comments; a moderator may delete any (rules.ts). */
export async function deleteComment(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = (
      await tx
        .select()
        .from(comments)
        .where(and(eq(comments.id, input.id), eq(comments.workspaceId, ctx.workspaceId)))
    )[0];
    if (!before) throw new NotFoundError("Comment");
    if (!mayDeleteComment(ctx, before.authorId)) {
      throw new ForbiddenError("You can delete only your own comments. Ask a workspace admin.");
    }
    await tx.delete(comments).where(eq(comments.id, before.id));
    await recordAudit(tx, ctx, { entityType: "comment", entityId: before.id, action: "delete", before });
    return { deleted: true as const };
  });
}
