/**
 * Makes the data folder ready: applies migrations, creates the auth secret
 * when AUTH_SECRET is not set, seeds the demo workspace once when wanted.
 * Every step is a no-op when already done, so it is safe (and cheap) on every
 * start.
 *
 * The demo (decision 024): production mode seeds it only with DEMO=1 (`npm
 * start` sets that on a newcomer's first start, server/cli/demo-default.mjs);
 * development and tests always may. Its password is made per install, printed
 * once when made, and kept 0600 in the data folder.
 */
import { defaultDatabasePath, getDb } from "@/db/client";
import { getAuthSecret } from "@/server/auth/secret";
import { demoPasswordLocation, ensureDemoPassword } from "@/server/demo/demo-password";
import { DEMO_EMAIL, demoSeeded, seedDemo } from "@/server/demo/seed";

function demoWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== "production" || env.DEMO === "1";
}

export async function prepareData(): Promise<void> {
  getAuthSecret();
  const db = await getDb(); // applies pending migrations
  let seeded = false;
  if (demoWanted() && !(await demoSeeded(db))) {
    const { password, created } = ensureDemoPassword();
    seeded = (await seedDemo(db, password)).seeded;
    if (created) console.log(`Demo sign-in: ${DEMO_EMAIL} / ${password} (shown once; also in ${demoPasswordLocation()})`);
  }
  console.log(`Database ready at ${defaultDatabasePath()}${seeded ? " (demo workspace seeded)" : ""}`);
  if (!seeded && (await demoSeeded(db))) console.log(`Demo sign-in: ${DEMO_EMAIL} (its password is in ${demoPasswordLocation()})`);
}
