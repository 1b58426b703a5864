import { auditLog } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "./context";
import { bumpRevision } from "./revision";
import { emitWorkspaceChange } from "../webhook/emit";

type AuditEntry = {
  entityType: string;
  entityId: string;
  action: "create" | "update" | "delete" | (string & {});
  before?: unknown;
  after?: unknown;
  /** The entity's version after the change; taken from `after.version` when left out. */
  version?: number;
  /** The version the writer started from, when it differs from the one just before this change (a merge). */
  baseVersion?: number;
  /** Columns changed; worked out from `before` and `after` rows when left out. */
  changes?: string[];
};

/** Bookkeeping columns every update touches: they are not anyone's edit. */
export const NOT_FIELDS = new Set(["version", "updatedAt", "updatedBy", "createdAt", "createdBy"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The columns whose value differs between two versions of a row. */
function changedColumns(before: unknown, after: unknown): string[] | null {
  if (!isRecord(before) || !isRecord(after)) return null;
  return Object.keys(after).filter((k) => !NOT_FIELDS.has(k) && k in before && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function versionOf(entry: AuditEntry): number | null {
  if (entry.version !== undefined) return entry.version;
  return isRecord(entry.after) && typeof entry.after.version === "number" ? entry.after.version : null;
}

/**
 * Writes one audit row; call it inside the transaction of the change it
 * records. It also bumps the workspace revision, so cached scorecards are
 * recomputed after any change, and queues the scorecard.changed /
 * roadmap.changed webhooks (once per transaction). The version reached and the columns changed
 * are kept apart from the JSON so a later update can ask "what changed since
 * version n?" (shared/versioned.ts).
 */
export async function recordAudit(tx: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId" | "userId">, entry: AuditEntry): Promise<void> {
  await bumpRevision(tx, ctx.workspaceId);
  const version = versionOf(entry);
  await tx.insert(auditLog).values({
    workspaceId: ctx.workspaceId,
    actorId: ctx.userId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    version,
    baseVersion: entry.baseVersion ?? (version !== null ? version - 1 : null),
    changes: entry.changes ?? (version !== null ? changedColumns(entry.before, entry.after) : null),
    createdAt: Date.now(),
  });
  await emitWorkspaceChange(tx, ctx, entry);
}
