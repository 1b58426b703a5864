import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/server/domain/auth/password";
import { createWorkspace } from "@/server/domain/workspaces/create";

export const DEMO_EMAIL = "demo@triplecrown.local";
export const DEMO_PASSWORD = "demo-password";
export const DEMO_SLUG = "demo";

/**
 * Seeds the demo workspace on first start. Idempotent: when the demo user
 * exists nothing is written, so a second start seeds nothing.
 */
export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  if (db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_EMAIL)).get()) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    const user = tx.insert(users).values({ name: "Dana Demo", email: DEMO_EMAIL, passwordHash }).returning().get();
    createWorkspace(tx, user.id, { name: "Demo: Northwind Car Care", slug: DEMO_SLUG });
  });
  return { seeded: true };
}
