import { and, asc, count, eq } from "drizzle-orm";
import { canvases, comments, initiatives, users } from "@/db/schema";
import { NotFoundError } from "../errors";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import type { ListCommentsInput } from "./schemas";

/** Comments hang on an initiative or a canvas of the caller's workspace; anything else is NotFound. */
export async function requireCommentable(
  db: DbOrTx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  entityType: "initiative" | "canvas",
  entityId: string,
): Promise<void> {
  const table = entityType === "initiative" ? initiatives : canvases;
  const found = (
    await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, entityId), eq(table.workspaceId, ctx.workspaceId)))
  )[0];
  if (!found) throw new NotFoundError(entityType === "initiative" ? "Initiative" : "Canvas");
}

export async function listComments(ctx: WorkspaceCtx, input: ListCommentsInput) {
  await requireCommentable(ctx.db, ctx, input.entityType, input.entityId);
  const where = and(
    eq(comments.workspaceId, ctx.workspaceId),
    eq(comments.entityType, input.entityType),
    eq(comments.entityId, input.entityId),
  );
  const items = await ctx.db
    .select({
      id: comments.id,
      entityType: comments.entityType,
      entityId: comments.entityId,
      authorId: comments.authorId,
      authorName: users.name,
      body: comments.body,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(where)
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(input.limit)
    .offset(input.offset);
  const total = (await ctx.db.select({ n: count() }).from(comments).where(where))[0]?.n ?? 0;
  return { items, total, limit: input.limit, offset: input.offset };
}
