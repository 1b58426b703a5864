import { and, eq, gt, lte, sql } from "drizzle-orm";
import { rateLimits, revokedSessions } from "@/db/schema";
import type { DbOrTx } from "../shared/context";

/**
 * Rate-limit counters kept in the database (table rate_limits), so every app
 * instance on the same database sees the same counts (decision 023). Each
 * update is one SQL statement (an upsert), atomic across connections and
 * instances on both SQLite and PostgreSQL.
 */
type LimitRow = { count: number; windowStart: number; blockedUntil: number; lastAt: number; expiresAt: number };

const LIMIT_COLUMNS = {
  count: rateLimits.count,
  windowStart: rateLimits.windowStart,
  blockedUntil: rateLimits.blockedUntil,
  lastAt: rateLimits.lastAt,
  expiresAt: rateLimits.expiresAt,
};

/**
 * Cleanup only: when this process last deleted dead counters. Per process is
 * enough: a sweep another instance also makes, or one missed, harms nothing.
 */
let lastSweep = 0;
const SWEEP_EVERY_MS = 60_000;

/** Deletes dead counters (and revoked sessions past their expiry) at most once a minute per process. */
async function sweep(db: DbOrTx, now: number): Promise<void> {
  if (now - lastSweep < SWEEP_EVERY_MS && now >= lastSweep) return;
  lastSweep = now;
  await db.delete(rateLimits).where(lte(rateLimits.expiresAt, now));
  await db.delete(revokedSessions).where(lte(revokedSessions.expiresAt, now));
}

/** The live counter of a key, or undefined when it has none (or it has expired). */
export async function readLimit(db: DbOrTx, key: string, now: number): Promise<LimitRow | undefined> {
  const [row] = await db
    .select(LIMIT_COLUMNS)
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.expiresAt, now)));
  return row;
}

/** Counts one event in a fixed window of `windowMs` that starts with the key's first event; returns the counter after it. */
export async function hitLimit(db: DbOrTx, key: string, windowMs: number, now: number): Promise<LimitRow> {
  await sweep(db, now);
  const ends = now + Math.round(windowMs);
  // A window that has run out starts again at one; otherwise the count goes up.
  const over = sql`${rateLimits.expiresAt} <= ${now}`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1, blockedUntil: 0, lastAt: now, expiresAt: ends })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${over} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${over} then ${now} else ${rateLimits.windowStart} end`,
        blockedUntil: sql`case when ${over} then 0 else ${rateLimits.blockedUntil} end`,
        expiresAt: sql`case when ${over} then ${ends} else ${rateLimits.expiresAt} end`,
        lastAt: now,
      },
    })
    .returning(LIMIT_COLUMNS);
  return row!;
}

/** Refuses the key's next attempts until `until`; keeps the row at least that long. */
export async function blockLimit(db: DbOrTx, key: string, until: number, keepUntil: number): Promise<void> {
  const keep = Math.max(until, keepUntil);
  await db
    .update(rateLimits)
    .set({ blockedUntil: until, expiresAt: sql`case when ${rateLimits.expiresAt} < ${keep} then ${keep} else ${rateLimits.expiresAt} end` })
    .where(eq(rateLimits.key, key));
}

/** Milliseconds until a fixed window with `limit` events allows another, or 0 when it allows one now. */
export async function windowWaitMs(db: DbOrTx, key: string, limit: number, now: number): Promise<number> {
  const row = await readLimit(db, key, now);
  return row && row.count >= limit ? row.expiresAt - now : 0;
}

/** "15 minutes", "1 minute", "40 seconds": the wait as a person reads it. */
export function describeWait(ms: number): string {
  if (ms < 60_000) {
    const s = Math.max(1, Math.ceil(ms / 1000));
    return `${s} second${s === 1 ? "" : "s"}`;
  }
  const m = Math.ceil(ms / 60_000);
  return `${m} minute${m === 1 ? "" : "s"}`;
}
