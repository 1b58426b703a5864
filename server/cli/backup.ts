/** `npm run backup -- <file>`: an online backup of the app's database, safe while the app runs. */
import { defaultDatabasePath } from "@/db/client";
import { backupDatabase, integrityCheck } from "@/db/backup";

const target = process.argv[2];
if (!target) {
  console.error("Usage: npm run backup -- <backup-file>");
  process.exit(2);
}
const source = defaultDatabasePath();
const { pages } = await backupDatabase(source, target);
console.log(`Backed up ${source} to ${target} (${pages} pages, integrity ${integrityCheck(target)}).`);
