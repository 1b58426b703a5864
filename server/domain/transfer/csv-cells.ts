import { parseNumber } from "@/server/format/parse-number";
import { unescapeFormula } from "./csv-write";
import type { ColumnMapping, CsvField } from "./csv-fields";
import type { CsvRow } from "./csv-parse";

/** One reason a row cannot be imported; `column` is the file's column name when the field is mapped. */
export type RowError = { line: number; column: string; message: string };

/** Reads the mapped cells of one row, trimmed and with export escaping undone. */
export class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    readonly row: CsvRow,
    private readonly mapping: ColumnMapping,
    private readonly header: readonly string[],
    private readonly fields: readonly CsvField[],
  ) {}

  /** The file's name for the column holding a field (the field's key when unmapped). */
  column(key: string): string {
    const index = this.mapping[key];
    const name = index === null || index === undefined ? undefined : this.header[index];
    return name || (index !== null && index !== undefined ? `column ${index + 1}` : key);
  }

  text(key: string): string {
    const index = this.mapping[key];
    if (index === null || index === undefined) return "";
    return unescapeFormula((this.row.cells[index] ?? "").trim());
  }

  fail(key: string, message: string): void {
    this.errors.push({ line: this.row.line, column: this.column(key), message });
  }

  /**
   * A number, or undefined when the cell is empty (the schema's default applies). Cells are read by the
   * app's one rule for typed numbers ("12,000" is twelve thousand; "12,5" is refused as unclear); a
   * plain exponent ("1e-7") is also read, as spreadsheets and String(number) write tiny values that way.
   */
  number(key: string): number | undefined {
    const raw = this.text(key);
    if (raw === "") return undefined;
    if (/^[-+\u2212]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(raw)) return Number(raw.replace("\u2212", "-"));
    const parsed = parseNumber(raw);
    if (!parsed.ok) {
      const label = this.fields.find((f) => f.key === key)?.label ?? key;
      this.fail(key, `${label}: ${parsed.message}`);
      return undefined;
    }
    return parsed.value ?? undefined;
  }

  /** A list written as "a; b; c" (also one per line). */
  list(key: string): string[] {
    return this.text(key)
      .split(/[;\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
}

/** Case- and space-insensitive lookup key for names and titles. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Schema issue paths of the API input → the CSV field they belong to. */
export function fieldForPath(path: readonly PropertyKey[], table: Record<string, string>, fallback: string): string {
  const joined = path.map(String).join(".");
  return table[joined] ?? table[String(path[0])] ?? fallback;
}
