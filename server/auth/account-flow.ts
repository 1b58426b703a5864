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
export async function signInWaitMessage(email: string, ip: string): Promise<string | null> {
  return (await signInWait(await getDb(), email, ip))?.message ?? null;
}

/** Where a successful sign-in lands: the account page first when its owner has something to be told (a lock after failed sign-ins). */
export async function landingAfterSignIn(email: string, next: string): Promise<string> {
  const db = await getDb();
  const userId = await userIdByEmail(db, email);
  return userId && (await hasUnseenNotices(db, userId)) ? `/account?next=${encodeURIComponent(next)}` : next;
}

export async function emailOf(userId: string): Promise<string | null> {
  return (await getUser(await getDb(), userId))?.email ?? null;
}

export async function noticesFor(userId: string) {
  return await unseenNotices(await getDb(), userId);
}

export async function dismissNotices(userId: string): Promise<void> {
  await markNoticesSeen(await getDb(), userId);
}

/** What the sign-in page may say about the demo: its email and where its password is, never the password. */
export async function demoHint(): Promise<{ email: string; passwordAt: string } | null> {
  return (await demoSeeded(await getDb())) ? { email: DEMO_EMAIL, passwordAt: demoPasswordLocation() } : null;
}
