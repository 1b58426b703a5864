import { eq } from "drizzle-orm";
import path from "node:path";
import { closeDatabase, openDatabase } from "@/db/client";
import { isPostgresUrl } from "@/db/dialect";
import { users } from "@/db/schema";
import { seedBigWorkspace as seed } from "@/server/demo/big-workspace";

/** A workspace of `count` initiatives for an existing user (as admin), in the e2e server's database (its SQLite file, or PostgreSQL on that run). */
export async function seedBigWorkspace(
  dataDir: string,
  opts: { email: string; slug: string; count?: number },
): Promise<{ slug: string; count: number }> {
  const count = opts.count ?? 2000;
  const url = process.env.DATABASE_URL;
  const db = openDatabase(isPostgresUrl(url) ? url : path.join(dataDir, "triple-crown.db"));
  try {
    const user = (await db.select({ id: users.id }).from(users).where(eq(users.email, opts.email)))[0];
    if (!user) throw new Error(`no user ${opts.email}`);
    await seed(db, { initiatives: count, ownerId: user.id, slug: opts.slug, name: `Big portfolio ${opts.slug}` });
    return { slug: opts.slug, count };
  } finally {
    await closeDatabase(db);
  }
}
