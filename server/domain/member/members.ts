import { writeTransaction } from "../shared/revision";
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { memberships, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import type { changeRoleInput, removeMemberInput } from "./schemas";

export async function listMembers(ctx: WorkspaceCtx) {
  return await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspaceId))
    .orderBy(asc(users.name), asc(users.id))
    .limit(1000);
}

async function membershipOf(tx: Tx, ctx: WorkspaceCtx, userId: string) {
  const row = (
    await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, userId)))
  )[0];
  if (!row) throw new NotFoundError("Member");
  return row;
}

async function adminCount(tx: Tx, ctx: WorkspaceCtx): Promise<number> {
  return (
    await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.role, "admin")))
  ).length;
}

const LAST_ADMIN = "A workspace needs at least one admin: make someone else admin first.";

export async function changeMemberRole(ctx: WorkspaceCtx, input: z.infer<typeof changeRoleInput>) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await membershipOf(tx, ctx, input.userId);
    if (before.role === input.role) return before;
    if (before.role === "admin" && (await adminCount(tx, ctx)) <= 1) throw new ConflictError(LAST_ADMIN);
    const after = (
      await tx
        .update(memberships)
        .set({ role: input.role, updatedAt: Date.now(), version: before.version + 1 })
        .where(eq(memberships.id, before.id))
        .returning()
    )[0];
    await recordAudit(tx, ctx, { entityType: "membership", entityId: before.id, action: "update", before, after });
    return after;
  });
}

export async function removeMember(ctx: WorkspaceCtx, input: z.infer<typeof removeMemberInput>) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await membershipOf(tx, ctx, input.userId);
    if (before.role === "admin" && (await adminCount(tx, ctx)) <= 1) throw new ConflictError(LAST_ADMIN);
    await tx.delete(memberships).where(eq(memberships.id, before.id));
    await recordAudit(tx, ctx, { entityType: "membership", entityId: before.id, action: "delete", before });
    return { removed: true as const };
  });
}
