import { and, eq, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/database";
import { users } from "@/db/schema";
import { appUrl } from "@/server/config/app-url";
import { emailVerificationMail } from "@/server/mail/templates/email-verification";
import { enqueueMail } from "@/server/outbox/enqueue";
import { ValidationError } from "../errors";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { takeVerificationSlot } from "./throttles";

export const VERIFICATION_TTL_MS = 7 * 24 * 60 * 60_000;
export const VERIFY_LINK_DEAD = "This confirmation link has expired or was used already. Sign in and send a new one from the banner.";

/** Writes the confirmation mail for an account (in the caller's transaction: sign-up's, or the "send again" button's). */
export async function askToVerifyEmail(tx: DbOrTx, user: { id: string; name: string; email: string }, now = Date.now()): Promise<void> {
  const token = await issueAccountToken(tx, user.id, "email-verification", VERIFICATION_TTL_MS, now);
  await tx.update(users).set({ emailVerificationRequestedAt: now }).where(eq(users.id, user.id));
  const mail = emailVerificationMail({ name: user.name, link: appUrl(`/verify-email?token=${encodeURIComponent(token)}`) });
  await enqueueMail(tx, { ...mail, to: user.email, kind: "email-verification" }, now);
}

/** Whether the app shell's banner asks this person to confirm their email. */
export async function verificationPending(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ requested: users.emailVerificationRequestedAt, verified: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, userId));
  return Boolean(row && row.requested !== null && row.verified === null);
}

/** "Send again": a new link (older ones keep working until they expire), throttled per account. */
export async function resendVerification(db: Db, userId: string, now = Date.now()): Promise<{ sent: boolean }> {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, verified: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.verified !== null) return { sent: false };
  await takeVerificationSlot(db, userId, now);
  await db.transaction(async (tx) => await askToVerifyEmail(tx, user, now));
  return { sent: true };
}

/** Following the link confirms the email; no sign-in needed (the token is the proof). */
export async function verifyEmail(db: Db, input: { token: string }, now = Date.now()): Promise<{ verified: true }> {
  return await db.transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, input.token, "email-verification", now);
    if (!userId) throw new ValidationError(VERIFY_LINK_DEAD, { token: [VERIFY_LINK_DEAD] });
    await tx
      .update(users)
      .set({ emailVerifiedAt: now, updatedAt: now })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
    return { verified: true as const };
  });
}
