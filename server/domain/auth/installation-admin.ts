import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/database";
import { users } from "@/db/schema";

/** ADMIN_EMAILS, lower-cased; empty when unset. */
export function configuredAdminEmails(): string[] {
  return (process.env.ADMIN_EMAILS ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * The installation's admin (who reads the mail outbox): the accounts named
 * in ADMIN_EMAILS when it is set, else the first account created on this
 * installation (decision 048). A workspace's admin is not enough: the outbox
 * holds every workspace's mail.
 */
export async function isInstallationAdmin(db: DbOrTx, userId: string): Promise<boolean> {
  const [me] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!me) return false;
  const named = configuredAdminEmails();
  if (named.length > 0) return named.includes(me.email.toLowerCase());
  const [first] = await db.select({ id: users.id }).from(users).orderBy(asc(users.createdAt), asc(users.id)).limit(1);
  return first?.id === userId;
}
