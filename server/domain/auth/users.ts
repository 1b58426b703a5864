import { insertedRow } from "@/db/database";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { TooManyRequestsError } from "../errors";
import { createWorkspace } from "../workspace/create";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import { askToVerifyEmail } from "./email-verification";
import { recordSignInFailure, signInWait } from "./sign-in-guard";
import { takeSignUpSlot } from "./throttles";
import { signInInput, type SignUpInput } from "./schemas";

export type PublicUser = { id: string; name: string; email: string };
/** What the session cookie is made from: sessionVersion goes into it (decision 025). */
export type SignedInUser = PublicUser & { sessionVersion: number };

/** What sign-up answers, whether the email was new or already had an account: the answer confirms nothing. */
export const SIGN_UP_ANSWER = {
  message: "If this email is new, your account is ready. If it already has an account, sign in with its password instead.",
} as const;

/**
 * Creates the account and its first workspace, with the new user as admin.
 * An email that already has an account gets the same answer and nothing
 * changes: no second account, no sign-in as its owner (decision 025). The
 * password is hashed either way, so the time taken does not tell either.
 */
export async function signUp(db: Db, input: SignUpInput, ip: string): Promise<typeof SIGN_UP_ANSWER> {
  await takeSignUpSlot(db, ip);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const taken = (await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)))[0];
    if (taken) return;
    const user = await insertedRow(tx.insert(users).values({ name: input.name, email: input.email, passwordHash }).returning());
    await createWorkspace(tx, user.id, { name: input.workspaceName ?? `${input.name}'s workspace` });
    // The account works at once; the mail only confirms the address (the app shell's banner asks until it is).
    await askToVerifyEmail(tx, user);
  });
  return SIGN_UP_ANSWER;
}

export const INVALID_CREDENTIALS = "That email and password do not match an account.";

/**
 * Checks an email and password. The same answer for an unknown email and a
 * wrong password, and the same work (a hash is verified either way), so
 * neither the message nor the timing tells which accounts exist.
 */
export async function authenticate(
  db: Db,
  raw: { email: unknown; password: unknown },
  ip: string,
  now = Date.now(),
): Promise<SignedInUser | null> {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Refused before the hash is checked: a waiting attempt learns nothing, even with the right password.
  const wait = await signInWait(db, email, ip, now);
  if (wait) throw new TooManyRequestsError(wait.message);
  const user = (await db.select().from(users).where(eq(users.email, email)))[0];
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !ok) {
    await recordSignInFailure(db, email, ip, user?.id ?? null, now);
    return null;
  }
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

export async function getUser(db: Db, id: string): Promise<PublicUser | null> {
  return (await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, id)))[0] ?? null;
}

export async function userIdByEmail(db: Db, email: string): Promise<string | null> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())))[0]?.id ?? null;
}
