import * as pgSchema from "@/db/schema/pg";
import { describePgSchema, type ColumnType, type TableDescription } from "@/db/schema/drift";

/** One app table as the copy sees it: database column names, their shared types, its primary key. */
export type CopyTable = {
  name: string;
  columns: { name: string; type: ColumnType }[];
  primaryKey: string[];
  /** Tables this one references: they are copied first. */
  parents: string[];
};

function primaryKey(table: TableDescription): string[] {
  const single = table.columns.filter((c) => c.primary).map((c) => c.name);
  const key = single.length ? single : (table.primaryKeys[0] ?? []);
  if (!key.length) throw new Error(`${table.name} has no primary key: its rows have no fixed order to compare.`);
  return key;
}

/**
 * Parents before children (Kahn's algorithm, ties by name so the order is
 * the same on every run). The foreign keys come from the PostgreSQL tables'
 * drizzle configs (getTableConfig, through db/schema/drift.ts), so a new
 * table or reference needs no change here.
 */
export function parentsFirst(tables: CopyTable[]): CopyTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const table of tables) {
    // A table referencing itself would need its rows ordered parent-first; none does today, so say so loudly.
    if (table.parents.includes(table.name)) throw new Error(`${table.name} references itself: db:copy does not order such rows yet.`);
    for (const parent of table.parents) if (!byName.has(parent)) throw new Error(`${table.name} references ${parent}, not an app table.`);
  }
  const done = new Set<string>();
  const ordered: CopyTable[] = [];
  while (ordered.length < tables.length) {
    const ready = tables
      .filter((t) => !done.has(t.name) && t.parents.every((p) => done.has(p)))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (!ready.length) {
      const left = tables.filter((t) => !done.has(t.name)).map((t) => t.name);
      throw new Error(`The foreign keys of ${left.join(", ")} form a cycle: no table can be copied first.`);
    }
    for (const table of ready) {
      done.add(table.name);
      ordered.push(table);
    }
  }
  return ordered;
}

/** Every app table, parents first. Columns are in name order: the checksums hash them in that order. */
export function copyTables(): CopyTable[] {
  return parentsFirst(
    Object.values(describePgSchema(pgSchema)).map((table) => ({
      name: table.name,
      columns: table.columns.map((c) => ({ name: c.name, type: c.type })),
      primaryKey: primaryKey(table),
      parents: [...new Set(table.foreignKeys.map((fk) => fk.foreignTable))],
    })),
  );
}

/** A PostgreSQL (and SQLite) identifier, quoted so any name is taken literally. */
export function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
