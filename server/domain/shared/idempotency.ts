import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { ConflictError } from "../errors";

/** How long a create's answer is kept for a retry. */
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** What a key may look like: a UUID or any short opaque token. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

export type Idempotency = { key: string; scope: string } | null;

/**
 * Runs a create once per (caller, key): a retry with the same key gets the
 * first answer, not a second row. Without a key it simply runs.
 *
 * On the embedded SQLite the lookup, the create and the stored answer run
 * one after another on the process's single connection with no await in
 * between for synchronous creates, so two retries cannot both create.
 */
export async function runOnce<T>(db: Db, userId: string, idem: Idempotency, run: () => T): Promise<T> {
  if (!idem) return run();
  const stored = (await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, idem.key))))[0];
  if (stored && stored.createdAt > Date.now() - IDEMPOTENCY_TTL_MS) {
    if (stored.scope !== idem.scope) {
      throw new ConflictError("This idempotency key was already used for another kind of request; send a new key.");
    }
    return stored.response as T;
  }
  const remember = async (value: unknown) => {
    const now = Date.now();
    (await db.delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS)));
    (await db.insert(idempotencyKeys)
      .values({ userId, key: idem.key, scope: idem.scope, response: value ?? null, createdAt: now })
      .onConflictDoUpdate({
        target: [idempotencyKeys.userId, idempotencyKeys.key],
        set: { scope: idem.scope, response: value ?? null, createdAt: now },
      }));
  };
  const result = run();
  if (result instanceof Promise) {
    return result.then((value: unknown) => {
      remember(value);
      return value;
    }) as T;
  }
  remember(result);
  return result;
}
