import { and, eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { NotFoundError } from "../errors";
import type { DbOrTx, WorkspaceCtx } from "./context";

/** A table whose rows belong to one workspace each. */
export type WorkspaceTable = SQLiteTable & { id: SQLiteColumn; workspaceId: SQLiteColumn };

/**
 * The row with this id if it belongs to the caller's workspace; NotFound
 * (named for the entity) when it is absent or another tenant's, so the two
 * cannot be told apart.
 */
export async function rowInWorkspace<T extends WorkspaceTable>(
  db: DbOrTx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  table: T,
  entity: string,
  id: string,
): Promise<T["$inferSelect"]> {
  const [row] = (await db
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), eq(table.workspaceId, ctx.workspaceId)))) as T["$inferSelect"][];
  if (!row) throw new NotFoundError(entity);
  return row;
}
