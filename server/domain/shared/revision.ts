import { eq, sql } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import type { DbOrTx, Tx, WorkspaceCtx } from "./context";

/**
 * The workspace revision, kept in the database (workspaces.revision) so every
 * app instance agrees on it: caches of derived data (the scorecard) key on
 * it, and any change to an input invalidates them without each command
 * having to remember.
 */
export async function bumpRevision(tx: DbOrTx, workspaceId: string): Promise<void> {
  await tx
    .update(workspaces)
    .set({ revision: sql`${workspaces.revision} + 1` })
    .where(eq(workspaces.id, workspaceId));
}

export async function revisionOf(db: DbOrTx, workspaceId: string): Promise<number> {
  const [row] = await db.select({ revision: workspaces.revision }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.revision ?? 0;
}

/**
 * A write transaction on one workspace. It starts by locking the workspace's
 * row (an update that changes nothing): on PostgreSQL that lock is held until
 * commit, so the workspace's writers take turns as they do on SQLite (whose
 * writers take turns anyway), and a check made at the start of a command (a
 * quota, a name in use) still holds at its end. The revision itself moves
 * with the audit row of each change (audit.ts), so a command that refuses
 * changes nothing at all. Decision 037.
 */
export async function writeTransaction<T>(ctx: Pick<WorkspaceCtx, "db" | "workspaceId">, body: (tx: Tx) => Promise<T>): Promise<T> {
  return await ctx.db.transaction(async (tx) => {
    await tx
      .update(workspaces)
      .set({ revision: sql`${workspaces.revision}` })
      .where(eq(workspaces.id, ctx.workspaceId));
    return body(tx);
  });
}
