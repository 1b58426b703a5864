import type { TableCheck } from "./verify";

/** The check as a plain table: one line per app table, its rows on each side and whether the checksums match. */
export function formatChecks(checks: TableCheck[]): string {
  const header = ["table", "sqlite rows", "postgres rows", "checksum"];
  const lines = checks.map((c) => [
    c.table,
    String(c.sqliteRows),
    String(c.postgresRows),
    c.ok ? "ok" : c.sqliteRows !== c.postgresRows ? "DIFFERENT COUNT" : "DIFFERENT",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [format(header), format(widths.map((w) => "-".repeat(w))), ...lines.map(format)].join("\n");
}
