/**
 * Makes the data folder ready: applies migrations, creates the auth secret
 * when AUTH_SECRET is not set, seeds the demo workspace once. Every step is a
 * no-op when already done, so it is safe (and cheap) on every start.
 */
import { defaultDatabasePath, getDb } from "@/db/client";
import { getAuthSecret } from "@/server/auth/secret";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "@/server/demo/seed";

export async function prepareData(): Promise<void> {
  getAuthSecret();
  const db = getDb(); // applies pending migrations
  const { seeded } = await seedDemo(db);
  console.log(`Database ready at ${defaultDatabasePath()}${seeded ? " (demo workspace seeded)" : ""}`);
  console.log(`Demo sign-in: ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
}
