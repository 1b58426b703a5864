import { getDb } from "@/db/client";
import { hasUnseenNotices, markNoticesSeen, unseenNotices } from "@/server/domain/auth/notices";
import { signInWait } from "@/server/domain/auth/sign-in-guard";
import { getUser, userIdByEmail } from "@/server/domain/auth/users";
import { demoPasswordLocation } from "@/server/demo/demo-password";
import { DEMO_EMAIL, demoSeeded } from "@/server/demo/seed";

/**
 * The database side of the sign-in and account forms' server actions (app/
 * never opens the database itself): each a thin call on the process-wide
 * connection.
 */

/** Why a sign-in attempt must wait now (per address, per account), or null. */
export function signInWaitMessage(email: string, ip: string): string | null {
  return signInWait(getDb(), email, ip)?.message ?? null;
}

/** Where a successful sign-in lands: the account page first when its owner has something to be told (a lock after failed sign-ins). */
export function landingAfterSignIn(email: string, next: string): string {
  const db = getDb();
  const userId = userIdByEmail(db, email);
  return userId && hasUnseenNotices(db, userId) ? `/account?next=${encodeURIComponent(next)}` : next;
}

export function emailOf(userId: string): string | null {
  return getUser(getDb(), userId)?.email ?? null;
}

export function noticesFor(userId: string) {
  return unseenNotices(getDb(), userId);
}

export function dismissNotices(userId: string): void {
  markNoticesSeen(getDb(), userId);
}

/** What the sign-in page may say about the demo: its email and where its password is, never the password. */
export function demoHint(): { email: string; passwordAt: string } | null {
  return demoSeeded(getDb()) ? { email: DEMO_EMAIL, passwordAt: demoPasswordLocation() } : null;
}
