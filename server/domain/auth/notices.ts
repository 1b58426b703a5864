import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountNotices } from "@/db/schema";

/** What the account's owner has not been told yet (e.g. a lock after failed sign-ins), oldest first. */
export async function unseenNotices(db: Db, userId: string) {
  return await db
    .select({ id: accountNotices.id, message: accountNotices.message, createdAt: accountNotices.createdAt })
    .from(accountNotices)
    .where(and(eq(accountNotices.userId, userId), isNull(accountNotices.seenAt)))
    .orderBy(asc(accountNotices.createdAt), asc(accountNotices.id))
    .limit(50);
}

export async function hasUnseenNotices(db: Db, userId: string): Promise<boolean> {
  return Boolean(
    (
      await db
        .select({ id: accountNotices.id })
        .from(accountNotices)
        .where(and(eq(accountNotices.userId, userId), isNull(accountNotices.seenAt)))
    )[0],
  );
}

/** The owner has read them: they are not shown again. */
export async function markNoticesSeen(db: Db, userId: string, now = Date.now()): Promise<void> {
  await db
    .update(accountNotices)
    .set({ seenAt: now, updatedAt: now })
    .where(and(eq(accountNotices.userId, userId), isNull(accountNotices.seenAt)));
}
