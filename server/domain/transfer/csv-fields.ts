import { INITIATIVE_CSV_COLUMNS } from "../initiative/codec";
import { MOMENT_CSV_COLUMNS } from "../moment/codec";

/** What can be imported from CSV. */
export const CSV_KINDS = ["initiatives", "moments"] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export type CsvField = {
  /** The column name of the template and of the export. */
  key: string;
  label: string;
  required: boolean;
  hint: string;
  /** Other names spreadsheets use for it, compared like column names (case, spaces, _ and - ignored). */
  synonyms: string[];
  /** The value of the template's example row. */
  example: string;
};

/** The initiatives CSV's columns live with the initiative entity (server/domain/initiative/codec.ts). */
export const INITIATIVE_FIELDS: readonly CsvField[] = INITIATIVE_CSV_COLUMNS;

/** The moments CSV's columns live with the moment entity (server/domain/moment/codec.ts). */
export const MOMENT_FIELDS: readonly CsvField[] = MOMENT_CSV_COLUMNS;

export function fieldsOf(kind: CsvKind): readonly CsvField[] {
  return kind === "initiatives" ? INITIATIVE_FIELDS : MOMENT_FIELDS;
}

/** "Cost_Likely ", "cost likely" and "COST-LIKELY" are the same column. */
function normaliseColumnName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\-.()/:]+/g, "");
}

/** Field key → column index (or null: not in the file). */
export type ColumnMapping = Record<string, number | null>;

/**
 * A column per field: first the column whose normalised name equals the
 * field's key or label, then one that equals a synonym. A column is used
 * once; a field no column matches is left unmapped (null).
 */
export function suggestMapping(kind: CsvKind, header: readonly string[]): ColumnMapping {
  const names = header.map(normaliseColumnName);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const fields = fieldsOf(kind);
  const pick = (candidates: string[]) => {
    const wanted = new Set(candidates.map(normaliseColumnName));
    const index = names.findIndex((n, i) => !used.has(i) && n !== "" && wanted.has(n));
    return index === -1 ? null : index;
  };
  for (const f of fields) {
    const index = pick([f.key, f.label]);
    if (index !== null) used.add(index);
    mapping[f.key] = index;
  }
  for (const f of fields) {
    if (mapping[f.key] !== null) continue;
    const index = pick(f.synonyms);
    if (index !== null) used.add(index);
    mapping[f.key] = index;
  }
  return mapping;
}
