import { getTableColumns, getTableName, is, SQL, Table, type Column } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { getTableConfig as getPgTableConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as getSqliteTableConfig, SQLiteSyncDialect, SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * One dialect-free description of a schema, so the SQLite tables and their
 * PostgreSQL twins can be compared (decision 036). Types are reduced to what
 * a row reads back as: an integer is an integer whether PostgreSQL stores it
 * in 4 or 8 bytes, a REAL and a double precision are both 8-byte floats.
 */
export type ColumnType = "text" | "integer" | "real" | "boolean" | "json";

export type ColumnDescription = {
  /** The property name in the table object: domain code reads rows by it. */
  key: string;
  name: string;
  type: ColumnType;
  notNull: boolean;
  primary: boolean;
  /** The `.default(...)` value as JSON (or SQL text), null when there is none. */
  default: string | null;
  /** A `$defaultFn` / `$onUpdateFn` is present (functions are compared by presence only). */
  defaultFn: boolean;
  onUpdateFn: boolean;
  enumValues: string[] | null;
  unique: boolean;
};

export type ForeignKeyDescription = {
  columns: string[];
  foreignTable: string;
  foreignColumns: string[];
  onDelete: string;
  onUpdate: string;
};

export type IndexDescription = { name: string; columns: string[]; unique: boolean; where: string | null };

export type TableDescription = {
  name: string;
  columns: ColumnDescription[];
  primaryKeys: string[][];
  foreignKeys: ForeignKeyDescription[];
  indexes: IndexDescription[];
  uniqueConstraints: { name: string; columns: string[] }[];
  checks: { name: string; sql: string }[];
};

/** Tables by the name they are exported under. */
export type SchemaDescription = Record<string, TableDescription>;

type Dialect = "sqlite" | "pg";

const COLUMN_TYPES: Record<Dialect, Record<string, ColumnType>> = {
  sqlite: {
    SQLiteText: "text",
    SQLiteTextJson: "json",
    SQLiteInteger: "integer",
    SQLiteReal: "real",
    SQLiteBoolean: "boolean",
  },
  pg: {
    PgText: "text",
    PgJson: "json",
    PgInteger: "integer",
    // bigint in mode "number" only: mode "bigint" would read back as a JS bigint, not as SQLite's number.
    PgBigInt53: "integer",
    PgDoublePrecision: "real",
    PgBoolean: "boolean",
  },
};

const dialects = { sqlite: new SQLiteSyncDialect({ casing: "snake_case" }), pg: new PgDialect({ casing: "snake_case" }) };

/** SQL as text, with PostgreSQL's numbered placeholders written as SQLite's `?`. */
function sqlText(value: SQL, dialect: Dialect): string {
  const query = dialects[dialect].sqlToQuery(value);
  const params = query.params.length ? ` -- ${JSON.stringify(query.params)}` : "";
  return query.sql.replace(/\$\d+/g, "?") + params;
}

/** The column's name in the database: the config's `casing: "snake_case"` applies to columns named by their key. */
function columnName(column: Column): string {
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}

function indexColumnName(column: unknown, dialect: Dialect): string {
  if (is(column, SQL)) return sqlText(column, dialect);
  const named = column as { name: string; keyAsName?: boolean };
  return named.keyAsName ? toSnakeCase(named.name) : named.name;
}

function describeColumn(key: string, column: Column, table: string, dialect: Dialect): ColumnDescription {
  const type = COLUMN_TYPES[dialect][column.columnType];
  if (!type) throw new Error(`${table}.${column.name}: column type ${column.columnType} has no place in the shared description`);
  const value: unknown = column.default;
  return {
    key,
    name: columnName(column),
    type,
    notNull: column.notNull,
    primary: column.primary,
    default: value === undefined ? null : is(value, SQL) ? sqlText(value, dialect) : JSON.stringify(value),
    defaultFn: column.defaultFn !== undefined,
    onUpdateFn: column.onUpdateFn !== undefined,
    enumValues: column.enumValues?.length ? [...column.enumValues] : null,
    unique: column.isUnique,
  };
}

const byText =
  <T>(text: (item: T) => string) =>
  (a: T, b: T) =>
    text(a).localeCompare(text(b));

function describeTable(table: Table, dialect: Dialect): TableDescription {
  const config = dialect === "sqlite" ? getSqliteTableConfig(table as SQLiteTable) : getPgTableConfig(table as PgTable);
  const name = getTableName(table);
  return {
    name,
    columns: Object.entries(getTableColumns(table) as Record<string, Column>)
      .map(([key, column]) => describeColumn(key, column, name, dialect))
      .sort(byText((c) => c.name)),
    primaryKeys: config.primaryKeys.map((pk) => pk.columns.map(columnName)),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        return {
          columns: ref.columns.map(columnName),
          foreignTable: getTableName(ref.foreignTable),
          foreignColumns: ref.foreignColumns.map(columnName),
          // Unsaid means "no action" in both databases; drizzle leaves it undefined on SQLite.
          onDelete: fk.onDelete ?? "no action",
          onUpdate: fk.onUpdate ?? "no action",
        };
      })
      .sort(byText((fk) => fk.columns.join())),
    indexes: config.indexes
      .map(({ config: index }) => ({
        name: index.name ?? "",
        columns: index.columns.map((c) => indexColumnName(c, dialect)),
        unique: index.unique,
        where: index.where ? sqlText(index.where, dialect) : null,
      }))
      .sort(byText((i) => i.name)),
    uniqueConstraints: config.uniqueConstraints
      .map((u) => ({ name: u.getName() ?? "", columns: u.columns.map(columnName) }))
      .sort(byText((u) => u.name)),
    checks: config.checks.map((c) => ({ name: c.name, sql: sqlText(c.value, dialect) })).sort(byText((c) => c.name)),
  };
}

function describeSchema(schema: Record<string, unknown>, dialect: Dialect): SchemaDescription {
  const kind = dialect === "sqlite" ? SQLiteTable : PgTable;
  const tables: SchemaDescription = {};
  for (const [exportName, value] of Object.entries(schema)) {
    if (is(value, kind)) tables[exportName] = describeTable(value, dialect);
    else if (is(value, Table)) throw new Error(`${exportName} is a table of another dialect than ${dialect}`);
  }
  return tables;
}

export const describeSqliteSchema = (schema: Record<string, unknown>) => describeSchema(schema, "sqlite");
export const describePgSchema = (schema: Record<string, unknown>) => describeSchema(schema, "pg");

function keyed<T>(items: T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Differences of two lists of named things, e.g. "index users_email_unique: only in sqlite". */
function diffNamed<T>(what: string, a: T[], b: T[], key: (item: T) => string, labels: [string, string]): string[] {
  const left = keyed(a, key);
  const right = keyed(b, key);
  const out: string[] = [];
  for (const [name, item] of left) {
    if (!right.has(name)) {
      out.push(`${what} ${name}: only in ${labels[0]}`);
      continue;
    }
    const other = right.get(name) as T;
    for (const field of Object.keys(item as object) as (keyof T)[]) {
      const x = JSON.stringify(item[field]);
      const y = JSON.stringify(other[field]);
      if (x !== y) out.push(`${what} ${name}: ${String(field)} ${x} in ${labels[0]}, ${y} in ${labels[1]}`);
    }
  }
  for (const name of right.keys()) if (!left.has(name)) out.push(`${what} ${name}: only in ${labels[1]}`);
  return out;
}

/** Every difference between two tables, one plain line each, or [] when they match. */
export function diffTables(a: TableDescription, b: TableDescription, labels: [string, string] = ["sqlite", "pg"]): string[] {
  const out: string[] = [];
  if (a.name !== b.name) out.push(`table name ${JSON.stringify(a.name)} in ${labels[0]}, ${JSON.stringify(b.name)} in ${labels[1]}`);
  out.push(...diffNamed("column", a.columns, b.columns, (c) => c.name, labels));
  out.push(...diffNamed("primary key", a.primaryKeys, b.primaryKeys, (pk) => `(${pk.join(", ")})`, labels));
  out.push(...diffNamed("foreign key", a.foreignKeys, b.foreignKeys, (fk) => `(${fk.columns.join(", ")})`, labels));
  out.push(...diffNamed("index", a.indexes, b.indexes, (i) => i.name, labels));
  out.push(...diffNamed("unique constraint", a.uniqueConstraints, b.uniqueConstraints, (u) => u.name, labels));
  out.push(...diffNamed("check", a.checks, b.checks, (c) => c.name, labels));
  return out;
}

/** Every difference between two schemas, each line starting with the exported table name. */
export function diffSchemas(a: SchemaDescription, b: SchemaDescription, labels: [string, string] = ["sqlite", "pg"]): string[] {
  const out: string[] = [];
  for (const [name, table] of Object.entries(a)) {
    const other = b[name];
    if (other === undefined) out.push(`${name}: only in ${labels[0]}`);
    else out.push(...diffTables(table, other, labels).map((line) => `${name}: ${line}`));
  }
  for (const name of Object.keys(b)) if (!(name in a)) out.push(`${name}: only in ${labels[1]}`);
  return out;
}
