import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { auditLog, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "../errors";
import type { DbOrTx, WorkspaceCtx } from "./context";

/** A table whose rows can be edited with optimistic concurrency. */
export type VersionedTable = SQLiteTable & {
  id: SQLiteColumn;
  workspaceId: SQLiteColumn;
  version: SQLiteColumn;
  updatedAt: SQLiteColumn;
};

/**
 * Who last changed a row, from the audit trail: the CONFLICT error names them
 * so the UI can say "changed by <name> at <time>".
 */
async function lastChange(tx: DbOrTx, workspaceId: string, entityId: string) {
  const row = (
    await tx
      .select({ at: auditLog.createdAt, name: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityId, entityId)))
      .orderBy(desc(auditLog.createdAt))
      .limit(1)
  )[0];
  return row ? { changedBy: row.name ?? "someone", changedAt: row.at } : { changedBy: "someone", changedAt: null };
}

/**
 * Updates one row only if it is still at the version the caller read.
 * Returns the row after the update; throws NotFound (absent or other tenant)
 * or Conflict (stale version, with who changed it and when). Nothing is
 * written when it throws.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: DbOrTx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  table: T,
  entity: string,
  target: { id: string; version: number },
  values: Record<string, unknown>,
  extraWhere?: SQL,
): Promise<T["$inferSelect"]> {
  const where = and(eq(table.id, target.id), eq(table.workspaceId, ctx.workspaceId), eq(table.version, target.version), extraWhere);
  const updated = (await tx
    .update(table)
    .set({ ...values, updatedAt: Date.now(), version: sql`${table.version} + 1` } as never)
    .where(where)
    .returning()) as T["$inferSelect"][];
  const row = updated[0];
  if (row) return row;
  return await throwMissingOrStale(tx, ctx, table, entity, target.id);
}

/** Explains why a versioned write touched no row. */
export async function throwMissingOrStale(
  tx: DbOrTx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  table: VersionedTable,
  entity: string,
  id: string,
): Promise<never> {
  const current = (
    await tx
      .select({ version: table.version })
      .from(table)
      .where(and(eq(table.id, id), eq(table.workspaceId, ctx.workspaceId)))
  )[0] as { version: number } | undefined;
  if (!current) throw new NotFoundError(entity);
  const change = await lastChange(tx, ctx.workspaceId, id);
  throw new ConflictError(`This ${entity.toLowerCase()} was changed by ${change.changedBy} since you opened it.`, {
    currentVersion: current.version,
    ...change,
  });
}
