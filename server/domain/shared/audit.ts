import { auditLog } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "./context";
import { bumpRevision } from "./revision";

export type AuditEntry = {
  entityType: string;
  entityId: string;
  action: "create" | "update" | "delete" | (string & {});
  before?: unknown;
  after?: unknown;
};

/**
 * Writes one audit row; call it inside the transaction of the change it
 * records. It also bumps the workspace revision, so cached scorecards are
 * recomputed after any change.
 */
export function recordAudit(tx: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId" | "userId">, entry: AuditEntry): void {
  bumpRevision(ctx.workspaceId);
  tx.insert(auditLog)
    .values({
      workspaceId: ctx.workspaceId,
      actorId: ctx.userId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
      createdAt: Date.now(),
    })
    .run();
}
