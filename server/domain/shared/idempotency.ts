import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { ConflictError } from "../errors";

/** How long a create's answer is kept for a retry. */
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** What a key may look like: a UUID or any short opaque token. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

export type Idempotency = { key: string; scope: string } | null;

/** Stored in place of the answer while the create that claimed the key runs. */
const PENDING = { $pending: true } as const;
const isPending = (response: unknown) => typeof response === "object" && response !== null && "$pending" in response;
/** A claim still pending after this long belongs to a request whose process died: the key is free again. */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;

/**
 * Runs a create once per (caller, key): a retry with the same key gets the
 * first answer, not a second row. Without a key it simply runs.
 *
 * The key is claimed first with one insert that only one request can win, on
 * any app instance (the primary key decides); the winner runs the create and
 * stores its answer. A retry that arrives while the first is still running is
 * told to try again; a create that fails gives the key back, and so does one
 * whose process died (its claim still pending after two minutes).
 */
export async function runOnce<T>(db: Db, userId: string, idem: Idempotency, run: () => Promise<T>): Promise<T> {
  if (!idem) return run();
  const now = Date.now();
  const mine = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, idem.key));
  await db.delete(idempotencyKeys).where(and(mine, lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS)));
  const [earlier] = await db.select().from(idempotencyKeys).where(mine);
  if (earlier && isPending(earlier.response) && earlier.createdAt < now - ABANDONED_AFTER_MS) {
    await db.delete(idempotencyKeys).where(and(mine, eq(idempotencyKeys.createdAt, earlier.createdAt)));
  }
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ userId, key: idem.key, scope: idem.scope, response: PENDING, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [stored] = await db.select().from(idempotencyKeys).where(mine);
    if (stored && stored.scope !== idem.scope) {
      throw new ConflictError("This idempotency key was already used for another kind of request; send a new key.");
    }
    if (stored && !isPending(stored.response)) return stored.response as T;
    throw new ConflictError("The same request is still being processed; try again in a moment.");
  }
  let result: T;
  try {
    result = await run();
  } catch (error) {
    await db.delete(idempotencyKeys).where(mine);
    throw error;
  }
  await db
    .update(idempotencyKeys)
    .set({ response: result ?? null })
    .where(mine);
  // Now and then, keys past their lifetime go (any caller's): the table stays small.
  if (Math.random() < 0.01) await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS));
  return result;
}
