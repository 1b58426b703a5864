import type { Db } from "@/db/client";
import { accountNotices } from "@/db/schema";
import { UNKNOWN_ADDRESS } from "@/server/auth/client-ip";
import { blockLimit, describeWait, hitLimit, readLimit, windowWaitMs } from "./rate-limit";

/**
 * Who may try a password now (decision 023). Two independent protections:
 * - per address: 10 failures in a 15-minute window block that address only
 *   (the address is the socket's, or what a trusted proxy says: never a
 *   header the client wrote);
 * - per account: after 5 failures each attempt must wait, 1 s doubling up to
 *   a minute; after 20 the account alone is locked for 15 minutes and its
 *   owner is told at their next sign-in. Nobody else is ever blocked, and a
 *   success does not reset the count (it fades a day after the last failure),
 *   so an attacker cannot wipe it by signing in to their own account.
 */
export const ADDRESS_LIMIT = 10;
const ADDRESS_WINDOW_MS = 15 * 60_000;
const ACCOUNT_FREE_FAILURES = 5;
const ACCOUNT_MAX_DELAY_MS = 60_000;
const ACCOUNT_LOCK_AFTER = 20;
const ACCOUNT_LOCK_MS = 15 * 60_000;
const ACCOUNT_MEMORY_MS = 24 * 60 * 60_000;

const addressKey = (ip: string) => `signin-ip:${ip}`;
const accountKey = (email: string) => `signin-account:${email.trim().toLowerCase()}`;

type SignInWait = { waitMs: number; message: string };

/** Why this attempt must not be heard now, or null when it may go ahead. */
export async function signInWait(db: Db, email: string, ip: string, now = Date.now()): Promise<SignInWait | null> {
  if (ip !== UNKNOWN_ADDRESS) {
    const waitMs = await windowWaitMs(db, addressKey(ip), ADDRESS_LIMIT, now);
    if (waitMs > 0) return { waitMs, message: `Too many failed sign-ins from your network. Try again in ${describeWait(waitMs)}.` };
  }
  const account = await readLimit(db, accountKey(email), now);
  if (account && account.blockedUntil > now) {
    const waitMs = account.blockedUntil - now;
    return { waitMs, message: `Too many failed sign-ins to this account. Try again in ${describeWait(waitMs)}.` };
  }
  return null;
}

function accountDelayMs(failures: number): number {
  if (failures >= ACCOUNT_LOCK_AFTER) return ACCOUNT_LOCK_MS;
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - ACCOUNT_FREE_FAILURES), ACCOUNT_MAX_DELAY_MS);
}

/** "2026-12-06 09:19 UTC": the notice is stored as text, so it names its zone. */
function utcMinute(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Counts a failed sign-in against the address and the account (known or not: the same work either way). */
export async function recordSignInFailure(db: Db, email: string, ip: string, userId: string | null, now = Date.now()): Promise<void> {
  await db.transaction(async (tx) => {
    if (ip !== UNKNOWN_ADDRESS) await hitLimit(tx, addressKey(ip), ADDRESS_WINDOW_MS, now);
    const key = accountKey(email);
    const { count } = await hitLimit(tx, key, ACCOUNT_MEMORY_MS, now);
    const delay = accountDelayMs(count);
    // Every failure pushes the memory of the account's failures a day further.
    if (delay > 0 || count > 1) await blockLimit(tx, key, delay > 0 ? now + delay : 0, now + ACCOUNT_MEMORY_MS);
    if (userId && count % ACCOUNT_LOCK_AFTER === 0) {
      const from = ip === UNKNOWN_ADDRESS ? "an unknown address" : ip;
      await tx.insert(accountNotices).values({
        userId,
        message: `${count} failed sign-ins to your account, the last from ${from} at ${utcMinute(now)}. It was locked for ${describeWait(ACCOUNT_LOCK_MS)}. If this was not you, change your password.`,
      });
    }
  });
}
