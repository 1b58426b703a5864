import { and, count, desc, eq } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import type { WorkspaceCtx } from "../shared/context";
import type { ListAuditInput } from "./schemas";

/** Who changed what, newest first; the trail of one entity or of the whole workspace. */
export async function listAudit(ctx: WorkspaceCtx, input: ListAuditInput) {
  const where = and(
    eq(auditLog.workspaceId, ctx.workspaceId),
    input.entityType ? eq(auditLog.entityType, input.entityType) : undefined,
    input.entityId ? eq(auditLog.entityId, input.entityId) : undefined,
  );
  const items = await ctx.db
    .select({
      id: auditLog.id,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(input.limit)
    .offset(input.offset);
  const total = (await ctx.db.select({ n: count() }).from(auditLog).where(where))[0]?.n ?? 0;
  return { items, total, limit: input.limit, offset: input.offset };
}
