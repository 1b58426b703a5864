import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountNotices } from "@/db/schema";

/** What the account's owner has not been told yet (e.g. a lock after failed sign-ins), oldest first. */
export function unseenNotices(db: Db, userId: string) {
  return db
    .select({ id: accountNotices.id, message: accountNotices.message, createdAt: accountNotices.createdAt })
    .from(accountNotices)
    .where(and(eq(accountNotices.userId, userId), isNull(accountNotices.seenAt)))
    .orderBy(asc(accountNotices.createdAt), asc(accountNotices.id))
    .limit(50)
    .all();
}

export function hasUnseenNotices(db: Db, userId: string): boolean {
  return Boolean(
    db
      .select({ id: accountNotices.id })
      .from(accountNotices)
      .where(and(eq(accountNotices.userId, userId), isNull(accountNotices.seenAt)))
      .get(),
  );
}

/** The owner has read them: they are not shown again. */
export function markNoticesSeen(db: Db, userId: string, now = Date.now()): void {
  db.update(accountNotices)
    .set({ seenAt: now, updatedAt: now })
    .where(and(eq(accountNotices.userId, userId), isNull(accountNotices.seenAt)))
    .run();
}
