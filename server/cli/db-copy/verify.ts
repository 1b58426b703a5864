import type Database from "better-sqlite3";
import { createHash } from "node:crypto";
import type { PoolClient } from "pg";
import type { ColumnType } from "@/db/schema/drift";
import { quoted, type CopyTable } from "./tables";

export type TableCheck = {
  table: string;
  sqliteRows: number;
  postgresRows: number;
  sqliteChecksum: string;
  postgresChecksum: string;
  ok: boolean;
};

const FETCH_ROWS = 1000;

/**
 * Each side's values reduced to the same JS values before hashing, each by
 * its own rule (not the copy's conversion, so a wrong conversion shows):
 * SQLite's 0/1 booleans, its JSON text, PostgreSQL's int8 (text unless a
 * parser is set) and its parsed json.
 */
function canonicalSqlite(value: unknown, type: ColumnType): unknown {
  if (value === null) return null;
  if (type === "boolean") return Number(value) === 1;
  if (type === "json") return JSON.stringify(JSON.parse(value as string));
  return typeof value === "bigint" ? Number(value) : value;
}

function canonicalPostgres(value: unknown, type: ColumnType): unknown {
  if (value === null) return null;
  if (type === "json") return JSON.stringify(value);
  if (type === "integer" || type === "real") return Number(value);
  return value;
}

/** sha256 over one JSON line per row, the columns in the table's fixed (name) order. */
class RowHash {
  private hash = createHash("sha256");
  rows = 0;
  add(row: unknown[]): void {
    this.hash.update(JSON.stringify(row) + "\n");
    this.rows++;
  }
  digest(): string {
    return this.hash.digest("hex");
  }
}

function sqliteSide(sqlite: Database.Database, table: CopyTable): RowHash {
  const hash = new RowHash();
  const select = sqlite
    .prepare(
      `select ${table.columns.map((c) => quoted(c.name)).join(", ")} from ${quoted(table.name)} order by ${table.primaryKey.map(quoted).join(", ")}`,
    )
    .raw(true)
    .safeIntegers(true);
  for (const row of select.iterate() as Iterable<unknown[]>) hash.add(table.columns.map((c, i) => canonicalSqlite(row[i], c.type)));
  return hash;
}

/** Read through a cursor, in SQLite's order: text keys compared byte by byte (collation "C", SQLite's BINARY). */
async function postgresSide(client: PoolClient, table: CopyTable): Promise<RowHash> {
  const hash = new RowHash();
  const types = new Map(table.columns.map((c) => [c.name, c.type]));
  const order = table.primaryKey.map((k) => (types.get(k) === "text" ? `${quoted(k)} collate "C"` : quoted(k))).join(", ");
  await client.query(
    `declare copy_check no scroll cursor for select ${table.columns.map((c) => quoted(c.name)).join(", ")} from ${quoted(table.name)} order by ${order}`,
  );
  for (;;) {
    const { rows } = await client.query({ text: `fetch ${FETCH_ROWS} from copy_check`, rowMode: "array" });
    for (const row of rows as unknown[][]) hash.add(table.columns.map((c, i) => canonicalPostgres(row[i], c.type)));
    if (rows.length < FETCH_ROWS) break;
  }
  await client.query("close copy_check");
  return hash;
}

/** Row counts and checksums of every table on both sides; `client` must be inside a transaction (cursors need one). */
export async function verifyCopy(sqlite: Database.Database, client: PoolClient, tables: CopyTable[]): Promise<TableCheck[]> {
  const checks: TableCheck[] = [];
  for (const table of tables) {
    const left = sqliteSide(sqlite, table);
    const right = await postgresSide(client, table);
    const sqliteChecksum = left.digest();
    const postgresChecksum = right.digest();
    checks.push({
      table: table.name,
      sqliteRows: left.rows,
      postgresRows: right.rows,
      sqliteChecksum,
      postgresChecksum,
      ok: left.rows === right.rows && sqliteChecksum === postgresChecksum,
    });
  }
  return checks;
}
