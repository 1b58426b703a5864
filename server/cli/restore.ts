/** `npm run restore -- <file>`: restores a backup into the app's database. Stop the app first. */
import { defaultDatabasePath } from "@/db/client";
import { restoreDatabase } from "@/db/backup";

const source = process.argv[2];
if (!source) {
  console.error("Usage: npm run restore -- <backup-file>   (stop the app first)");
  process.exit(2);
}
const target = defaultDatabasePath();
try {
  await restoreDatabase(source, target);
  console.log(`Restored ${source} into ${target}. Start the app again.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
