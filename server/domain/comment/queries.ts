import { and, asc, count, eq } from "drizzle-orm";
import { canvases, comments, initiatives, users } from "@/db/schema";
import { NotFoundError } from "../errors";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import type { ListCommentsInput } from "./schemas";

/** Comments hang on an initiative or a canvas of the caller's workspace; anything else is NotFound. */
export function requireCommentable(
  db: DbOrTx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  entityType: "initiative" | "canvas",
  entityId: string,
): void {
  const table = entityType === "initiative" ? initiatives : canvases;
  const found = db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, entityId), eq(table.workspaceId, ctx.workspaceId)))
    .get();
  if (!found) throw new NotFoundError(entityType === "initiative" ? "Initiative" : "Canvas");
}

export function listComments(ctx: WorkspaceCtx, input: ListCommentsInput) {
  requireCommentable(ctx.db, ctx, input.entityType, input.entityId);
  const where = and(
    eq(comments.workspaceId, ctx.workspaceId),
    eq(comments.entityType, input.entityType),
    eq(comments.entityId, input.entityId),
  );
  const items = ctx.db
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
    .offset(input.offset)
    .all();
  const total = ctx.db.select({ n: count() }).from(comments).where(where).get()?.n ?? 0;
  return { items, total, limit: input.limit, offset: input.offset };
}
