/**
 * `npm run restore -- <file>`: restores a backup into the app's database. Stop the app first
 * (every instance, with a PostgreSQL DATABASE_URL: then it is pg_restore, postgres-backup.ts).
 */
import { defaultDatabasePath } from "@/db/client";
import { restoreDatabase } from "@/db/backup";
import { describePostgresUrl, isPostgresUrl, restorePostgres } from "./postgres-backup";

const source = process.argv[2];
if (!source) {
  console.error("Usage: npm run restore -- <backup-file>   (stop the app first)");
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL;
const target = isPostgresUrl(databaseUrl) ? describePostgresUrl(databaseUrl) : defaultDatabasePath();
try {
  if (isPostgresUrl(databaseUrl)) restorePostgres(databaseUrl, source);
  else await restoreDatabase(source, target);
  console.log(`Restored ${source} into ${target}. Start the app again.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
