import { and, eq, gt, lte } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { ConflictError, NotFoundError, type ClashingField } from "../errors";
import { NOT_FIELDS } from "./audit";
import type { DbOrTx, WorkspaceCtx } from "./context";
import { throwMissingOrStale, updateVersioned, type VersionedTable } from "./versioned";

/** How a column is named to people and to forms: the API field key and its label. */
export type FieldName = { field: string; label: string };

type Change = { changedBy: string; changedAt: number };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The columns changed after version `base` up to `current`, with the newest
 * change of each, from the audit trail. Null when the trail does not account
 * for every version in between (rows written before it kept versions): then
 * nobody can tell which fields changed, and the caller must assume any did.
 */
async function changesSince(
  tx: DbOrTx,
  workspaceId: string,
  entityType: string,
  entityId: string,
  base: number,
  current: number,
): Promise<Map<string, Change> | null> {
  const rows = await tx
    .select({ version: auditLog.version, changes: auditLog.changes, at: auditLog.createdAt, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.workspaceId, workspaceId),
        eq(auditLog.entityType, entityType),
        eq(auditLog.entityId, entityId),
        gt(auditLog.version, base),
        lte(auditLog.version, current),
      ),
    )
    .orderBy(auditLog.version);
  const seen = new Set<number>();
  const out = new Map<string, Change>();
  for (const row of rows) {
    if (row.version === null || !Array.isArray(row.changes)) return null;
    seen.add(row.version);
    for (const column of row.changes) out.set(column, { changedBy: row.name ?? "someone", changedAt: row.at });
  }
  for (let v = base + 1; v <= current; v++) if (!seen.has(v)) return null;
  return out;
}

async function lastChangeOf(tx: DbOrTx, workspaceId: string, entityType: string, entityId: string): Promise<Change | null> {
  const rows = await changesSince(tx, workspaceId, entityType, entityId, 0, Number.MAX_SAFE_INTEGER);
  const latest = rows ? [...rows.values()].sort((a, b) => b.changedAt - a.changedAt)[0] : undefined;
  return latest ?? null;
}

function listLabels(labels: string[]): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

/**
 * A field-level update (decision 018). The caller sends only the columns it
 * changes and the version it started from. When the row moved on since, the
 * audit trail says which columns others changed: a sent column that someone
 * else changed to a different value is a CONFLICT naming each such field with
 * both values and who changed it; otherwise the sent columns are written on top
 * of the current row, and the version advances. Everything happens inside the
 * caller's transaction, so nothing slips in between the check and the write.
 */
export async function updateMerging<T extends VersionedTable>(
  tx: DbOrTx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  table: T,
  entity: { name: string; type: string; fieldOf: (column: string) => FieldName },
  target: { id: string; version: number },
  values: Record<string, unknown>,
): Promise<{ row: T["$inferSelect"]; baseVersion: number }> {
  const current = (
    await tx
      .select()
      .from(table)
      .where(and(eq(table.id, target.id), eq(table.workspaceId, ctx.workspaceId)))
  )[0] as (Record<string, unknown> & { version: number }) | undefined;
  if (!current) throw new NotFoundError(entity.name);
  if (current.version < target.version) await throwMissingOrStale(tx, ctx, table, entity.name, target.id);
  if (current.version > target.version) {
    const since = await changesSince(tx, ctx.workspaceId, entity.type, target.id, target.version, current.version);
    const unknown = since === null ? await lastChangeOf(tx, ctx.workspaceId, entity.type, target.id) : null;
    const clashes: ClashingField[] = [];
    for (const [column, yours] of Object.entries(values)) {
      if (NOT_FIELDS.has(column) || same(yours, current[column])) continue;
      const change = since ? since.get(column) : (unknown ?? { changedBy: "someone", changedAt: null });
      if (!change) continue;
      clashes.push({ ...entity.fieldOf(column), yours, theirs: current[column], changedBy: change.changedBy, changedAt: change.changedAt });
    }
    if (clashes.length > 0) {
      const newest = clashes.reduce((a, b) => ((b.changedAt ?? 0) > (a.changedAt ?? 0) ? b : a));
      const labels = listLabels(clashes.map((c) => c.label));
      throw new ConflictError(
        `${labels} ${clashes.length === 1 ? "was" : "were"} changed by ${newest.changedBy} since you opened this ${entity.name.toLowerCase()}: choose which value to keep.`,
        { currentVersion: current.version, changedBy: newest.changedBy, changedAt: newest.changedAt, fields: clashes },
      );
    }
  }
  const row = await updateVersioned(tx, ctx, table, entity.name, { id: target.id, version: current.version }, values);
  return { row, baseVersion: target.version };
}
