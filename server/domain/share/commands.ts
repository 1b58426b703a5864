import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { and, desc, eq } from "drizzle-orm";
import { shareLinks, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { MAX_LISTED_LINKS, type CreateShareLinkInput } from "./schemas";
import { hashShareToken, newShareToken } from "./token";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The path a share link opens; the token is in it and nowhere else. */
export function sharePath(token: string): string {
  return `/share/${token}`;
}

function publicFields(row: typeof shareLinks.$inferSelect) {
  const { tokenHash: _hidden, ...rest } = row;
  return rest;
}

/** Creates a read-only link to the scorecard and roadmap; the token is answered once and stored hashed. */
export async function createShareLink(ctx: WorkspaceCtx, input: CreateShareLinkInput) {
  const token = newShareToken();
  const now = Date.now();
  return await writeTransaction(ctx, async (tx) => {
    const row = await insertedRow(
      tx
        .insert(shareLinks)
        .values({
          workspaceId: ctx.workspaceId,
          label: input.label,
          tokenHash: hashShareToken(token),
          createdBy: ctx.userId,
          expiresAt: now + input.expiresInDays * DAY_MS,
          createdAt: now,
        })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "share_link", entityId: row.id, action: "create", after: publicFields(row) });
    return { ...publicFields(row), token, path: sharePath(token) };
  });
}

export type ShareLinkState = "active" | "expired" | "revoked";

function stateOf(link: { revokedAt: number | null; expiresAt: number }, now: number): ShareLinkState {
  if (link.revokedAt !== null) return "revoked";
  return link.expiresAt <= now ? "expired" : "active";
}

/** The workspace's links, newest first, with who made them and whether they still work. */
export async function listShareLinks(ctx: WorkspaceCtx) {
  const now = Date.now();
  return (
    await ctx.db
      .select({ link: shareLinks, createdByName: users.name })
      .from(shareLinks)
      .leftJoin(users, eq(users.id, shareLinks.createdBy))
      .where(eq(shareLinks.workspaceId, ctx.workspaceId))
      .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id))
      .limit(MAX_LISTED_LINKS)
  ).map(({ link, createdByName }) => ({
    ...publicFields(link),
    createdByName,
    state: stateOf(link, now),
  }));
}

/** Revoking works at once: the next request with the token finds nothing. */
export async function revokeShareLink(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = (
      await tx
        .select()
        .from(shareLinks)
        .where(and(eq(shareLinks.id, input.id), eq(shareLinks.workspaceId, ctx.workspaceId)))
    )[0];
    if (!before) throw new NotFoundError("Share link");
    if (before.revokedAt !== null) throw new ConflictError("This link was already revoked.");
    const after = await insertedRow(tx.update(shareLinks).set({ revokedAt: Date.now() }).where(eq(shareLinks.id, before.id)).returning());
    await recordAudit(tx, ctx, {
      entityType: "share_link",
      entityId: before.id,
      action: "revoke",
      before: publicFields(before),
      after: publicFields(after),
    });
    return publicFields(after);
  });
}
