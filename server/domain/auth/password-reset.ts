import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { appUrl } from "@/server/config/app-url";
import { passwordResetMail } from "@/server/mail/templates/password-reset";
import { enqueueMail } from "@/server/outbox/enqueue";
import { ValidationError } from "../errors";
import { accountTokenIsLive, consumeAccountToken, issueAccountToken, retireAccountTokens } from "./account-tokens";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { requestPasswordResetInput, resetPasswordInput, type RequestPasswordResetInput, type ResetPasswordInput } from "./schemas";
import { takeResetSlot } from "./throttles";

export const RESET_TTL_MS = 60 * 60_000;

/** What "Forgot password?" answers, whether or not the email has an account: the answer confirms nothing. */
export const RESET_ANSWER = {
  message: "If this email has an account, a link to choose a new password is on its way. It works once, for one hour.",
} as const;

export const RESET_LINK_DEAD = "This reset link has expired or was used already. Ask for a new one.";

function firstIssue(error: { issues: { message: string; path: PropertyKey[] }[] }, fallback: string): never {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? fallback);
  throw new ValidationError(issue.message, { [field]: [issue.message] });
}

/**
 * Mails a single-use link (valid one hour) to the account's owner. The same
 * answer, and the same throttle count, for an unknown email: nobody learns
 * from it which addresses have accounts.
 */
export async function requestPasswordReset(
  db: Db,
  raw: RequestPasswordResetInput,
  ip: string,
  now = Date.now(),
): Promise<typeof RESET_ANSWER> {
  const parsed = requestPasswordResetInput.safeParse(raw);
  if (!parsed.success) firstIssue(parsed.error, "email");
  const { email } = parsed.data;
  await takeResetSlot(db, email, ip, now);
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email));
    if (!user) return;
    const token = await issueAccountToken(tx, user.id, "password-reset", RESET_TTL_MS, now);
    const mail = passwordResetMail({ name: user.name, link: appUrl(`/reset-password?token=${encodeURIComponent(token)}`) });
    await enqueueMail(tx, { ...mail, to: email, kind: "password-reset" }, now);
  });
  return RESET_ANSWER;
}

/** Whether the reset page should show its form for this token (a dead link is told at once, not after typing a password). */
export async function resetLinkIsLive(db: Db, token: string, now = Date.now()): Promise<boolean> {
  return await accountTokenIsLive(db, token, "password-reset", now);
}

/**
 * Sets the new password from a reset link: the link is used up, every other
 * reset link of the account dies, and the session version goes up so every
 * session signed in before is refused (decision 025). Following the link
 * also proves the mailbox, so the email counts as verified. Answers the
 * account's email, for signing in.
 */
export async function resetPassword(db: Db, raw: ResetPasswordInput, now = Date.now()): Promise<{ email: string }> {
  const parsed = resetPasswordInput.safeParse(raw);
  if (!parsed.success) firstIssue(parsed.error, "password");
  const { token, password } = parsed.data;
  if (!(await accountTokenIsLive(db, token, "password-reset", now)))
    throw new ValidationError(RESET_LINK_DEAD, { token: [RESET_LINK_DEAD] });
  // Slow on purpose (scrypt): hashed before the transaction, which stays short.
  const passwordHash = await hashPassword(password);
  return await db.transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, token, "password-reset", now);
    if (!userId) throw new ValidationError(RESET_LINK_DEAD, { token: [RESET_LINK_DEAD] });
    const [user] = await tx.select({ email: users.email, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
    if (!user) throw new ValidationError(RESET_LINK_DEAD, { token: [RESET_LINK_DEAD] });
    const problem = passwordProblem(password, user.email);
    if (problem) throw new ValidationError(problem, { password: [problem] });
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now })
      .where(eq(users.id, userId));
    await retireAccountTokens(tx, userId, "password-reset", now);
    return { email: user.email };
  });
}
