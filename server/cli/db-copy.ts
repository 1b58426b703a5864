/**
 * `npm run db:copy`: moves a whole installation from embedded SQLite to
 * PostgreSQL. From DATABASE_PATH (or the data folder's triple-crown.db) to
 * DATABASE_URL, or `-- --from <file> --to <url>`. Exit 0 when every table
 * arrived unchanged, 1 when the copy was refused, failed or did not match
 * (the target is then left empty), 2 on a usage mistake.
 */
import { parseArgs } from "node:util";
import { defaultDatabasePath } from "@/db/client";
import { isPostgresUrl } from "@/db/dialect";
import { CopyRefusedError } from "./db-copy/checks";
import { formatChecks } from "./db-copy/report";
import { runDbCopy } from "./db-copy/run";
import { describePostgresUrl } from "./postgres-backup";

const USAGE =
  "Usage: DATABASE_PATH=<sqlite-file> DATABASE_URL=postgres://… npm run db:copy   (or: npm run db:copy -- --from <file> --to <url>)";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { from?: string; to?: string };
try {
  ({ values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const from = values.from ?? defaultDatabasePath();
const to = values.to ?? process.env.DATABASE_URL;
if (!isPostgresUrl(to)) usage("Name the PostgreSQL database to copy into: a postgres:// URL in DATABASE_URL or --to.");

console.log(`Copying ${from} into ${describePostgresUrl(to)} …`);
try {
  const { checks, ok } = await runDbCopy({ from, to });
  console.log(formatChecks(checks));
  if (ok) {
    const rows = checks.reduce((sum, c) => sum + c.postgresRows, 0);
    console.log(`Copied ${rows} rows in ${checks.length} tables; every count and checksum matches. Start the app with DATABASE_URL set.`);
  } else {
    const differ = checks.filter((c) => !c.ok).map((c) => c.table);
    console.error(`These tables differ after the copy: ${differ.join(", ")}. Nothing was kept: the PostgreSQL database is empty again.`);
    process.exitCode = 1;
  }
} catch (error) {
  if (error instanceof CopyRefusedError) console.error(error.message);
  else console.error(`The copy failed and nothing was kept: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
