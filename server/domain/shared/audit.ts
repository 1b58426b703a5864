import { auditLog } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "./context";

export type AuditEntry = {
  entityType: string;
  entityId: string;
  action: "create" | "update" | "delete" | (string & {});
  before?: unknown;
  after?: unknown;
};

/** Writes one audit row; call it inside the transaction of the change it records. */
export function recordAudit(tx: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId" | "userId">, entry: AuditEntry): void {
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
