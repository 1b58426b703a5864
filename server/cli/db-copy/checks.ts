import type Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { PoolClient } from "pg";
import { quoted, type CopyTable } from "./tables";

/** A reason to copy nothing, said in plain words; the CLI prints it and exits 1. */
export class CopyRefusedError extends Error {}

const START_ONCE =
  "Start the app once on this file (or run `NODE_ENV=production DATABASE_PATH=<file> npm run db:migrate` with no DATABASE_URL set) so it is brought up to date, stop it, then copy.";

/**
 * The SQLite file must carry every committed migration, no fewer (its tables
 * would not match PostgreSQL's) and no more (it came from a newer version).
 * Drizzle records each applied migration with its folder timestamp.
 */
export function checkSqliteMigrations(sqlite: Database.Database, migrationsFolder: string): void {
  const migrations = readMigrationFiles({ migrationsFolder });
  const latest = Math.max(...migrations.map((m) => m.folderMillis));
  const recorded = sqlite.prepare("select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!recorded)
    throw new CopyRefusedError(`The SQLite file has no migrations applied: it is not a Triple Crown database yet. ${START_ONCE}`);
  const row = sqlite.prepare("select max(created_at) as last, count(*) as applied from __drizzle_migrations").get() as {
    last: number | null;
    applied: number;
  };
  const last = Number(row.last ?? 0);
  if (last < latest) {
    const missing = migrations.filter((m) => m.folderMillis > last).length;
    throw new CopyRefusedError(`The SQLite file lacks ${missing} of the ${migrations.length} migrations of this version. ${START_ONCE}`);
  }
  if (last > latest) {
    throw new CopyRefusedError("The SQLite file was migrated by a newer version of Triple Crown than this one: copy with that version.");
  }
}

/** Rows per app table in PostgreSQL, for the tables that have any. */
export async function tablesWithRows(client: PoolClient, tables: CopyTable[]): Promise<{ table: string; rows: number }[]> {
  const counts = await client.query<{ table: string; rows: string }>(
    tables.map((t) => `select '${t.name}' as table, count(*)::text as rows from ${quoted(t.name)}`).join(" union all "),
  );
  return counts.rows.map((r) => ({ table: r.table, rows: Number(r.rows) })).filter((r) => r.rows > 0);
}

/** "2 rows in workspaces, 1 row in users" */
export function describeCounts(counts: { table: string; rows: number }[]): string {
  return counts.map((c) => `${c.rows} ${c.rows === 1 ? "row" : "rows"} in ${c.table}`).join(", ");
}
