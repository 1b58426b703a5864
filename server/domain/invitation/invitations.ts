import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { invitations, memberships, users, workspaces } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { AuthedCtx, DbOrTx, WorkspaceCtx } from "../shared/context";
import { enqueueInvitationMail } from "./invitation-mail";
import type { invitationIdInput, invitationTokenInput, inviteInput } from "./schemas";

export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates an invitation; the token is returned once (for the link) and stored hashed. */
export async function createInvitation(ctx: WorkspaceCtx, input: z.infer<typeof inviteInput>) {
  const token = randomBytes(24).toString("base64url");
  return await writeTransaction(ctx, async (tx) => {
    const existing = (
      await tx
        .select({ id: users.id })
        .from(users)
        .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.workspaceId, ctx.workspaceId)))
        .where(eq(users.email, input.email))
    )[0];
    if (existing) throw new ConflictError(`${input.email} is already a member of this workspace.`);
    const row = await insertedRow(
      tx
        .insert(invitations)
        .values({
          workspaceId: ctx.workspaceId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedBy: ctx.userId,
          expiresAt: Date.now() + INVITATION_TTL_MS,
        })
        .returning(),
    );
    const { tokenHash: _hidden, ...safe } = row;
    await recordAudit(tx, ctx, { entityType: "invitation", entityId: row.id, action: "create", after: safe });
    await enqueueInvitationMail(tx, {
      workspaceId: ctx.workspaceId,
      inviterId: ctx.userId,
      email: row.email,
      role: row.role,
      token,
      expiresAt: row.expiresAt,
    });
    return { ...safe, token };
  });
}

export async function listInvitations(ctx: WorkspaceCtx) {
  return (
    await ctx.db
      .select({
        id: invitations.id,
        email: invitations.email,
        role: invitations.role,
        expiresAt: invitations.expiresAt,
        createdAt: invitations.createdAt,
      })
      .from(invitations)
      .where(and(eq(invitations.workspaceId, ctx.workspaceId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(500)
  ).filter((i) => i.expiresAt > Date.now());
}

export async function revokeInvitation(ctx: WorkspaceCtx, input: z.infer<typeof invitationIdInput>) {
  return await writeTransaction(ctx, async (tx) => {
    const row = (
      await tx
        .select()
        .from(invitations)
        .where(and(eq(invitations.id, input.invitationId), eq(invitations.workspaceId, ctx.workspaceId)))
    )[0];
    if (!row) throw new NotFoundError("Invitation");
    await tx.update(invitations).set({ revokedAt: Date.now(), updatedAt: Date.now() }).where(eq(invitations.id, row.id));
    await recordAudit(tx, ctx, { entityType: "invitation", entityId: row.id, action: "revoke" });
    return { revoked: true as const };
  });
}

async function openInvitation(db: DbOrTx, token: string) {
  const row = (
    await db
      .select({ invitation: invitations, workspaceName: workspaces.name, workspaceSlug: workspaces.slug })
      .from(invitations)
      .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
      .where(eq(invitations.tokenHash, hashToken(token)))
  )[0];
  if (!row || row.invitation.revokedAt || row.invitation.acceptedAt || row.invitation.expiresAt <= Date.now()) {
    throw new NotFoundError("Invitation (it may have expired, been used or been revoked)");
  }
  return row;
}

/** What the invite page shows before the invitee joins. */
export async function describeInvitation(db: Db, input: z.infer<typeof invitationTokenInput>) {
  const row = await openInvitation(db, input.token);
  return {
    workspaceName: row.workspaceName,
    role: row.invitation.role,
    email: row.invitation.email,
    expiresAt: row.invitation.expiresAt,
  };
}

/** "c…@example.com": enough for the invitee to recognise, not enough to harvest addresses from a leaked link. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return at <= 0 ? "…" : `${email[0]}…${email.slice(at)}`;
}

export function wrongAccountMessage(invitedEmail: string): string {
  return `This invitation is for ${maskEmail(invitedEmail)}. Sign out and sign in as that person.`;
}

/**
 * The signed-in user joins with the invited role; the link then stops
 * working. Only the invited person may accept: the signed-in account's email
 * must be the invited one (both are stored lower-cased). Anyone else is
 * refused and the invitation stays open for its owner.
 */
export async function acceptInvitation(ctx: AuthedCtx, input: z.infer<typeof invitationTokenInput>) {
  return await ctx.db.transaction(async (tx) => {
    const row = await openInvitation(tx, input.token);
    const inv = row.invitation;
    const me = (await tx.select({ email: users.email }).from(users).where(eq(users.id, ctx.userId)))[0];
    if (!me || me.email.toLowerCase() !== inv.email.toLowerCase()) throw new ForbiddenError(wrongAccountMessage(inv.email));
    const already = (
      await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, inv.workspaceId), eq(memberships.userId, ctx.userId)))
    )[0];
    if (!already) {
      const m = await insertedRow(
        tx.insert(memberships).values({ workspaceId: inv.workspaceId, userId: ctx.userId, role: inv.role }).returning(),
      );
      await recordAudit(
        tx,
        { workspaceId: inv.workspaceId, userId: ctx.userId },
        {
          entityType: "membership",
          entityId: m.id,
          action: "create",
          after: m,
        },
      );
    }
    await tx
      .update(invitations)
      .set({ acceptedAt: Date.now(), acceptedBy: ctx.userId, updatedAt: Date.now() })
      .where(eq(invitations.id, inv.id));
    return { workspaceSlug: row.workspaceSlug };
  });
}
