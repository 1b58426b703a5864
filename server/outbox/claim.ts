import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { DbOrTx } from "@/db/database";
import { mailOutbox } from "@/db/schema";

/** How long a claim holds a row: longer than the slowest send (transport.ts bounds each at well under this). */
export const CLAIM_LEASE_MS = 2 * 60_000;

export type ClaimedMail = typeof mailOutbox.$inferSelect;

/**
 * Takes up to `limit` due rows for this poller, in one UPDATE: only rows
 * pending, due and not leased are taken, and the same conditions are checked
 * again on each row as it is updated, so when two instances race, each row
 * goes to one of them (PostgreSQL re-reads a row another transaction just
 * changed before updating it; SQLite runs one writer at a time).
 */
export async function claimDueMail(db: DbOrTx, now: number, limit = 20): Promise<ClaimedMail[]> {
  const due = and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, now), lte(mailOutbox.lockedUntil, now));
  const candidates = db.select({ id: mailOutbox.id }).from(mailOutbox).where(due).orderBy(asc(mailOutbox.nextAttemptAt)).limit(limit);
  return await db
    .update(mailOutbox)
    .set({ lockedUntil: now + CLAIM_LEASE_MS })
    .where(and(inArray(mailOutbox.id, candidates), due))
    .returning();
}
