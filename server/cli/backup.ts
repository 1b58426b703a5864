/**
 * `npm run backup -- <file>`: an online backup of the app's database, safe while the app runs.
 * With a PostgreSQL DATABASE_URL it is a pg_dump archive (postgres-backup.ts).
 */
import { defaultDatabasePath } from "@/db/client";
import { backupDatabase, integrityCheck } from "@/db/backup";
import { backupPostgres, describePostgresUrl, isPostgresUrl } from "./postgres-backup";

const target = process.argv[2];
if (!target) {
  console.error("Usage: npm run backup -- <backup-file>");
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL;
if (isPostgresUrl(databaseUrl)) {
  try {
    const { entries } = backupPostgres(databaseUrl, target);
    console.log(`Backed up ${describePostgresUrl(databaseUrl)} to ${target} (pg_dump archive, ${entries} entries).`);
  } catch (error) {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
} else {
  const source = defaultDatabasePath();
  const { pages } = await backupDatabase(source, target);
  console.log(`Backed up ${source} to ${target} (${pages} pages, integrity ${integrityCheck(target)}).`);
}
