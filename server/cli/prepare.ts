/**
 * Makes the data folder ready: applies migrations, creates the auth secret
 * when AUTH_SECRET is not set, seeds the demo workspace once.
 */
import { closeDb, defaultDatabasePath, getDb } from "@/db/client";
import { getAuthSecret } from "@/server/auth/secret";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "@/server/demo/seed";

export async function prepare(): Promise<void> {
  getAuthSecret();
  const db = getDb(); // applies pending migrations
  const { seeded } = await seedDemo(db);
  closeDb();
  console.log(`Database ready at ${defaultDatabasePath()}${seeded ? " (demo workspace seeded)" : ""}`);
  console.log(`Demo sign-in: ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepare().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
