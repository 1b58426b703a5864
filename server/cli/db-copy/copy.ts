import type Database from "better-sqlite3";
import type { PoolClient } from "pg";
import { CopyRefusedError, describeCounts, tablesWithRows } from "./checks";
import { quoted, type CopyTable } from "./tables";
import { toPostgresParameter } from "./values";

/** PostgreSQL takes at most 65 535 parameters in one statement. */
const MAX_PARAMETERS = 65_535;
export const DEFAULT_BATCH_ROWS = 500;

export type CopyOptions = {
  batchRows?: number;
  /** Called before each INSERT; a throw aborts the copy (tests use it to fail half-way). */
  beforeBatch?: (table: string, batch: number) => void | Promise<void>;
};

export type CopiedTable = { table: string; rows: number };

function insertStatement(table: CopyTable, rows: number): string {
  const width = table.columns.length;
  const values = Array.from({ length: rows }, (_, r) => `(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(", ")})`).join(", ");
  return `insert into ${quoted(table.name)} (${table.columns.map((c) => quoted(c.name)).join(", ")}) values ${values}`;
}

async function copyTable(sqlite: Database.Database, client: PoolClient, table: CopyTable, options: CopyOptions): Promise<number> {
  const batchRows = Math.max(1, Math.min(options.batchRows ?? DEFAULT_BATCH_ROWS, Math.floor(MAX_PARAMETERS / table.columns.length)));
  const select = sqlite
    .prepare(
      `select ${table.columns.map((c) => quoted(c.name)).join(", ")} from ${quoted(table.name)} order by ${table.primaryKey.map(quoted).join(", ")}`,
    )
    .raw(true)
    .safeIntegers(true);
  let params: unknown[] = [];
  let pending = 0;
  let copied = 0;
  let batch = 0;
  const flush = async () => {
    if (!pending) return;
    await options.beforeBatch?.(table.name, ++batch);
    await client.query(insertStatement(table, pending), params);
    copied += pending;
    params = [];
    pending = 0;
  };
  for (const row of select.iterate() as Iterable<unknown[]>) {
    const where = `${table.name} row ${copied + pending + 1}`;
    table.columns.forEach((column, i) => params.push(toPostgresParameter(row[i], column.type, `${where}, column ${column.name}`)));
    if (++pending === batchRows) await flush();
  }
  await flush();
  return copied;
}

/**
 * Copies every app table from SQLite into PostgreSQL inside the caller's
 * transaction on `client`: the caller commits, or rolls back so a failure
 * leaves the target as empty as it was. The tables are locked first, so
 * nothing else writes them while they are checked empty and filled.
 */
export async function copyTablesInto(sqlite: Database.Database, client: PoolClient, tables: CopyTable[], options: CopyOptions = {}) {
  await client.query(`lock table ${tables.map((t) => quoted(t.name)).join(", ")} in exclusive mode`);
  const taken = await tablesWithRows(client, tables);
  if (taken.length) {
    throw new CopyRefusedError(`The PostgreSQL database already has data (${describeCounts(taken)}); copy into an empty database.`);
  }
  const copied: CopiedTable[] = [];
  for (const table of tables) copied.push({ table: table.name, rows: await copyTable(sqlite, client, table, options) });
  return copied;
}
