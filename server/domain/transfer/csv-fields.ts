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

export const INITIATIVE_FIELDS: readonly CsvField[] = [
  {
    key: "title",
    label: "Title",
    required: true,
    hint: "Up to 200 characters",
    synonyms: ["name", "initiative", "initiative title", "initiative name"],
    example: "Online booking with a fixed return time",
  },
  {
    key: "problem",
    label: "Problem",
    required: false,
    hint: "The customer problem it solves",
    synonyms: ["description", "problem statement", "why"],
    example: "Customers phone three times to learn when their car is ready",
  },
  {
    key: "department",
    label: "Department",
    required: false,
    hint: "Up to 100 characters",
    synonyms: ["dept", "team", "business unit"],
    example: "Digital",
  },
  {
    key: "owner_email",
    label: "Owner email",
    required: false,
    hint: "Email of a member of this workspace",
    synonyms: ["owner", "owner e-mail", "email"],
    example: "",
  },
  {
    key: "status",
    label: "Status",
    required: false,
    hint: "proposed, approved, in progress, done or cancelled (default proposed)",
    synonyms: ["state"],
    example: "proposed",
  },
  {
    key: "cost_low",
    label: "Cost reduction, low",
    required: false,
    hint: "Yearly; empty = the likely value",
    synonyms: ["cost reduction low", "savings low"],
    example: "20000",
  },
  {
    key: "cost_likely",
    label: "Cost reduction, likely",
    required: false,
    hint: "Yearly money; may be negative (adds running cost)",
    synonyms: ["cost reduction", "cost saving", "cost savings", "savings", "cost reduction likely"],
    example: "40000",
  },
  {
    key: "cost_high",
    label: "Cost reduction, high",
    required: false,
    hint: "Yearly; empty = the likely value",
    synonyms: ["cost reduction high", "savings high"],
    example: "60000",
  },
  {
    key: "revenue_low",
    label: "Revenue growth, low",
    required: false,
    hint: "Yearly; empty = the likely value",
    synonyms: ["revenue growth low"],
    example: "0",
  },
  {
    key: "revenue_likely",
    label: "Revenue growth, likely",
    required: false,
    hint: "Yearly money; may be negative",
    synonyms: ["revenue", "revenue growth", "extra revenue", "revenue growth likely"],
    example: "25000",
  },
  {
    key: "revenue_high",
    label: "Revenue growth, high",
    required: false,
    hint: "Yearly; empty = the likely value",
    synonyms: ["revenue growth high"],
    example: "50000",
  },
  {
    key: "investment",
    label: "Investment",
    required: false,
    hint: "One-off money, 0 or more",
    synonyms: ["capex", "one-off cost", "budget"],
    example: "30000",
  },
  {
    key: "effort",
    label: "Effort",
    required: false,
    hint: "Capacity units (e.g. person-weeks), more than 0; default 1",
    synonyms: ["person weeks", "effort weeks", "person-weeks"],
    example: "6",
  },
  {
    key: "duration_periods",
    label: "Duration (periods)",
    required: false,
    hint: "Whole number of periods, 1 to 20; default 1",
    synonyms: ["duration", "periods"],
    example: "1",
  },
  {
    key: "confidence",
    label: "Confidence",
    required: false,
    hint: "0 to 1, a percentage (80%) or high / medium / low; default 0.8",
    synonyms: ["certainty"],
    example: "0.8",
  },
  {
    key: "start_period",
    label: "Start period",
    required: false,
    hint: "Period index it started in (in progress or done only)",
    synonyms: ["started in"],
    example: "",
  },
  {
    key: "pinned_period",
    label: "Pinned period",
    required: false,
    hint: "Period index it is committed to (approved only)",
    synonyms: ["pinned", "pin"],
    example: "",
  },
  {
    key: "progress",
    label: "Progress",
    required: false,
    hint: "Whole percentage 0 to 100",
    synonyms: ["percent done", "% done"],
    example: "",
  },
  {
    key: "effects",
    label: "Effects on moments",
    required: false,
    hint: "Moment name:effect, separated by ; (effect −3 to +3), e.g. Booking online:+2; Car handover:-1",
    synonyms: ["effect", "moments", "effect links", "moments of truth"],
    example: "",
  },
  {
    key: "depends_on",
    label: "Depends on",
    required: false,
    hint: "Titles of prerequisite initiatives, separated by ; (existing ones or rows of this file)",
    synonyms: ["dependencies", "prerequisites", "depends", "requires"],
    example: "",
  },
];

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
