import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { ConflictError, TooManyRequestsError } from "../errors";
import { createWorkspace } from "../workspaces/create";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import { recordSignInFailure, signInBlockedFor, signInKeys } from "./rate-limit";
import { signInInput, type SignUpInput } from "./schemas";

export type PublicUser = { id: string; name: string; email: string };

/** Creates the account and its first workspace, with the new user as admin. */
export async function signUp(db: Db, input: SignUpInput): Promise<{ user: PublicUser; workspaceSlug: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const taken = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (taken) throw new ConflictError("An account with this email already exists. Sign in instead.");
    const user = tx.insert(users).values({ name: input.name, email: input.email, passwordHash }).returning().get();
    const workspace = createWorkspace(tx, user.id, { name: input.workspaceName ?? `${input.name}'s workspace` });
    return { user: { id: user.id, name: user.name, email: user.email }, workspaceSlug: workspace.slug };
  });
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
): Promise<PublicUser | null> {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = signInKeys(email, ip);
  const waitMinutes = signInBlockedFor(keys);
  if (waitMinutes) {
    throw new TooManyRequestsError(
      `Too many failed sign-ins. Try again in ${waitMinutes} minute${waitMinutes === 1 ? "" : "s"}.`,
    );
  }
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !ok) {
    recordSignInFailure(keys);
    return null;
  }
  return { id: user.id, name: user.name, email: user.email };
}

export function getUser(db: Db, id: string): PublicUser | null {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, id)).get() ?? null;
}
