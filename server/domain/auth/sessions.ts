import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { revokedSessions, users } from "@/db/schema";
import { ValidationError } from "../errors";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { changePasswordInput, type ChangePasswordInput } from "./schemas";

/**
 * Ending sessions (decision 025). A session cookie carries the user's
 * session version and a session id from sign-in; every request compares them
 * with the database (server/auth/session-check.ts), so these take effect on
 * every app instance at once.
 */

/** Every session of the user ends, this one included: older cookies carry an older version. */
export async function signOutEverywhere(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: Date.now() })
    .where(eq(users.id, userId));
}

/** This session alone ends ("Sign out"): its id is refused until the cookie would have expired anyway. */
export async function revokeSession(db: Db, input: { userId: string; sessionId: string; expiresAt: number }): Promise<void> {
  await db.insert(revokedSessions).values(input).onConflictDoNothing();
}

/**
 * Checks the current password, stores the new one and ends every session
 * (a password change is what someone does when they fear another has it).
 * The caller signs the person in again with the new password.
 */
export async function changePassword(db: Db, userId: string, raw: ChangePasswordInput): Promise<void> {
  const parsed = changePasswordInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ValidationError(issue.message, { [String(issue.path[0] ?? "newPassword")]: [issue.message] });
  }
  const { currentPassword, newPassword } = parsed.data;
  const user = (await db.select().from(users).where(eq(users.id, userId)))[0];
  if (!user) throw new ValidationError("Please sign in again.");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new ValidationError("Your current password is not right.", { currentPassword: ["Your current password is not right."] });
  }
  const problem = passwordProblem(newPassword, user.email);
  if (problem) throw new ValidationError(problem, { newPassword: [problem] });
  if (newPassword === currentPassword) {
    const same = "Choose a password different from your current one.";
    throw new ValidationError(same, { newPassword: [same] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: Date.now() })
    .where(eq(users.id, userId));
}
