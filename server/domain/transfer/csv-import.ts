import { writeTransaction } from "../shared/revision";
import { ValidationError } from "../errors";
import type { WorkspaceCtx } from "../shared/context";
import type { RowError } from "./csv-cells";
import { fieldsOf, suggestMapping, type ColumnMapping, type CsvKind } from "./csv-fields";
import { parseCsv, type ParsedCsv } from "./csv-parse";
import { toCsv } from "./csv-write";
import { planInitiatives, writeInitiatives } from "./import-initiatives";
import { planMoments, writeMoments } from "./import-moments";
import type { ImportCsvInput, PreviewCsvInput } from "./schemas";
import { requireRoom } from "../quotas";

/** Rows shown in the preview. */
const PREVIEW_ROWS = 5;
/** Errors sent back at most; the count of the rest is given. */
const MAX_REPORTED_ERRORS = 10_000;

/** A header row and one example row: the file a person fills in. */
export function csvTemplate(kind: CsvKind) {
  const fields = fieldsOf(kind);
  return {
    filename: `${kind}-template.csv`,
    content: toCsv(
      fields.map((f) => f.key),
      [fields.map((f) => f.example)],
    ),
  };
}

/** What the import would read: the columns, the first rows, and a column for each field. */
export function previewCsv(ctx: WorkspaceCtx, input: PreviewCsvInput) {
  const parsed = parseCsv(input.csv);
  return {
    kind: input.kind,
    delimiter: parsed.delimiter,
    columns: parsed.header.map((name, index) => ({ index, name })),
    rows: parsed.rows.slice(0, PREVIEW_ROWS).map((r) => ({ line: r.line, cells: r.cells.slice(0, parsed.header.length) })),
    totalRows: parsed.rows.length,
    suggestedMapping: suggestMapping(input.kind, parsed.header),
    fields: fieldsOf(input.kind).map(({ key, label, required, hint }) => ({ key, label, required, hint })),
    problems: parsed.rowErrors.slice(0, 20),
  };
}

/** The mapping to use: the one given (unknown fields and columns refused) or the suggested one; required fields must be mapped. */
function resolveMapping(kind: CsvKind, parsed: ParsedCsv, given: ColumnMapping | undefined): ColumnMapping {
  const fields = fieldsOf(kind);
  const errors: Record<string, string[]> = {};
  let mapping: ColumnMapping;
  if (given) {
    mapping = Object.fromEntries(fields.map((f) => [f.key, given[f.key] ?? null]));
    for (const [key, index] of Object.entries(given)) {
      if (!fields.some((f) => f.key === key)) errors[`mapping.${key}`] = [`“${key}” is not a field of ${kind}`];
      else if (index !== null && index >= parsed.header.length) {
        errors[`mapping.${key}`] = [`Column ${index + 1} does not exist: the file has ${parsed.header.length} columns`];
      }
    }
  } else {
    mapping = suggestMapping(kind, parsed.header);
  }
  for (const f of fields) {
    if (f.required && (mapping[f.key] === null || mapping[f.key] === undefined)) {
      errors[`mapping.${f.key}`] = [`Choose the column that holds “${f.label}”: it is required`];
    }
  }
  const keys = Object.keys(errors);
  if (keys.length > 0) throw new ValidationError(errors[keys[0]!]![0]!, errors);
  return mapping;
}

type ImportResult =
  | { ok: true; kind: CsvKind; created: number; errors: []; omittedErrors: 0 }
  | { ok: false; kind: CsvKind; created: 0; errors: RowError[]; omittedErrors: number };

/**
 * Imports a whole file or nothing: every row is checked first, in the same
 * transaction that then writes them all. A file with any bad row writes
 * nothing and answers every bad row's line, column and reason.
 */
export async function importCsv(ctx: WorkspaceCtx, input: ImportCsvInput): Promise<ImportResult> {
  const parsed = parseCsv(input.csv);
  if (parsed.rows.length === 0) {
    throw new ValidationError("The file has a header row but no rows to import.", { csv: ["No rows"] });
  }
  const mapping = resolveMapping(input.kind, parsed, input.mapping);
  return await writeTransaction(ctx, async (tx): Promise<ImportResult> => {
    const plan =
      input.kind === "initiatives"
        ? { kind: "initiatives" as const, ...(await planInitiatives(tx, ctx, parsed, mapping)) }
        : { kind: "moments" as const, ...(await planMoments(tx, ctx, parsed, mapping, input.canvasId)) };
    const errors = [...parsed.rowErrors.map((e) => ({ ...e, column: "" })), ...plan.errors].sort((a, b) => a.line - b.line);
    if (errors.length > 0) {
      return {
        ok: false,
        kind: input.kind,
        created: 0,
        errors: errors.slice(0, MAX_REPORTED_ERRORS),
        omittedErrors: Math.max(0, errors.length - MAX_REPORTED_ERRORS),
      };
    }
    await requireRoom(tx, ctx.workspaceId, plan.kind, plan.planned.length);
    const created = plan.kind === "initiatives" ? await writeInitiatives(tx, ctx, plan.planned) : await writeMoments(tx, ctx, plan.planned);
    return { ok: true, kind: input.kind, created, errors: [], omittedErrors: 0 };
  });
}
