import { closeDatabase, openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { createDatabase, dropDatabase, startThrowawayPostgres } from "./postgres-cluster";

export const TEMPLATE_DATABASE = "tc_test_template";

/**
 * The integration suite's second run, on PostgreSQL: one throw-away cluster
 * (or TEST_DATABASE_URL's server) for the whole run, and a template database
 * with the committed drizzle-pg migrations applied once; each test database
 * is a copy of it (tests/helpers/db.ts). DATABASE_URL, set here before the
 * test processes start, makes every module pick the PostgreSQL tables.
 */
export default async function setup(): Promise<() => void> {
  const cluster = await startThrowawayPostgres({ maxConnections: 400 });
  await dropDatabase(cluster.adminUrl, TEMPLATE_DATABASE).catch(() => {});
  const templateUrl = await createDatabase(cluster.adminUrl, TEMPLATE_DATABASE);
  const template = openDatabase(templateUrl);
  await applyMigrations(template);
  await closeDatabase(template);
  process.env.DATABASE_URL = templateUrl;
  process.env.TEST_PG_ADMIN_URL = cluster.adminUrl;
  return () => cluster.stop();
}
