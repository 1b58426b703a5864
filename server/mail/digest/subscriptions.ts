import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/database";
import { digestSubscriptions, memberships, workspaces } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/server/domain/errors";
import { idSchema } from "@/server/domain/shared/inputs";
import { isoDay } from "./days";
import { subscriptionOfToken } from "./unsubscribe-token";

export const setDigestInput = z.object({ workspaceId: idSchema, on: z.boolean({ error: "Say on or off" }) });
export const unsubscribeInput = z.object({ token: z.string().min(10, "This unsubscribe link is not complete.").max(200) });

/** The person's workspaces with whether the weekly digest of each is on. */
export async function digestSettings(db: Db, userId: string) {
  const rows = await db
    .select({ workspaceId: workspaces.id, name: workspaces.name, slug: workspaces.slug, subscription: digestSubscriptions.id })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .leftJoin(digestSubscriptions, and(eq(digestSubscriptions.workspaceId, workspaces.id), eq(digestSubscriptions.userId, userId)))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name), asc(workspaces.id));
  return rows.map(({ subscription, ...w }) => ({ ...w, on: subscription !== null }));
}

/**
 * Turns the digest of one of the person's workspaces on or off. Another
 * workspace is NOT_FOUND. The first digest comes a week after turning it on.
 */
export async function setDigest(db: Db, userId: string, input: z.infer<typeof setDigestInput>, now = Date.now()) {
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, input.workspaceId)));
  if (!member) throw new NotFoundError("Workspace");
  if (input.on) {
    await db
      .insert(digestSubscriptions)
      .values({ userId, workspaceId: input.workspaceId, lastSentOn: isoDay(now), createdAt: now })
      .onConflictDoNothing();
  } else {
    await db
      .delete(digestSubscriptions)
      .where(and(eq(digestSubscriptions.userId, userId), eq(digestSubscriptions.workspaceId, input.workspaceId)));
  }
  return { on: input.on };
}

export const UNSUBSCRIBE_LINK_BAD = "This unsubscribe link is not valid. Turn the digest off on your account's notifications page.";

/** The digest's unsubscribe link, without signing in. A second click finds nothing to stop and says so calmly. */
export async function unsubscribeDigest(db: Db, input: z.infer<typeof unsubscribeInput>) {
  const id = subscriptionOfToken(input.token);
  if (!id) throw new ValidationError(UNSUBSCRIBE_LINK_BAD, { token: [UNSUBSCRIBE_LINK_BAD] });
  const [row] = await db
    .delete(digestSubscriptions)
    .where(eq(digestSubscriptions.id, id))
    .returning({ workspaceId: digestSubscriptions.workspaceId });
  if (!row) return { stopped: false as const, workspaceName: null };
  const [ws] = await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, row.workspaceId));
  return { stopped: true as const, workspaceName: ws?.name ?? null };
}
