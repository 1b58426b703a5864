import Papa from "papaparse";
import { ValidationError } from "../errors";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "./limits";

export { MAX_CSV_BYTES, MAX_CSV_ROWS };

/** More columns than any template has, with room for a spreadsheet's extra ones. */
const MAX_CSV_COLUMNS = 200;

export type CsvRow = {
  /** Line of the file where the row starts; the header is line 1. Multi-line cells make this differ from the row number. */
  line: number;
  cells: string[];
};

export type ParsedCsv = {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Problems that are not about one field: unbalanced quotes, too many cells. */
  rowErrors: { line: number; message: string }[];
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Rejects a file over the limits before any work is done on it. */
function checkCsvSize(text: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CSV_BYTES) {
    throw new ValidationError(
      `The file is ${megabytes(bytes)}; the limit is 5 MB. Split it into smaller files and import them one after another.`,
      { csv: ["The file is larger than 5 MB"] },
    );
  }
}

/**
 * Parses CSV text (comma, semicolon, tab or pipe separated; the delimiter is
 * detected) into a header and rows that remember the line they start on, so
 * every error can point at a line of the file as the person sees it in an
 * editor. A UTF-8 byte order mark is dropped; blank lines are skipped.
 */
export function parseCsv(text: string): ParsedCsv {
  checkCsvSize(text);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const rowErrors: ParsedCsv["rowErrors"] = [];
  let header: string[] | null = null;
  let dataRows = 0;
  // Line counting is incremental: newlines between the previous row's end and this row's first character.
  let countedUpTo = 0;
  let line = 1;
  let previousCursor = 0;

  const lineAt = (offset: number): number => {
    for (let i = countedUpTo; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
    countedUpTo = Math.max(countedUpTo, offset);
    return line;
  };

  const result = Papa.parse<string[]>(source, {
    skipEmptyLines: "greedy",
    step: (step, parser) => {
      let start = previousCursor;
      while (start < source.length && /\s/.test(source[start]!)) start++;
      previousCursor = step.meta.cursor;
      const at = lineAt(start);
      const cells = step.data.map((c) => (typeof c === "string" ? c : String(c)));
      if (header === null) {
        header = cells.map((c) => c.trim());
        if (header.length > MAX_CSV_COLUMNS) parser.abort();
        return;
      }
      dataRows++;
      if (dataRows > MAX_CSV_ROWS) return; // keep counting, stop storing
      for (const e of step.errors) rowErrors.push({ line: at, message: quoteMessage(e) });
      rows.push({ line: at, cells });
    },
  });

  if (header === null) {
    throw new ValidationError("The file is empty: it needs a header row naming the columns, then one row per item.", {
      csv: ["Empty file"],
    });
  }
  if (dataRows > MAX_CSV_ROWS) {
    throw new ValidationError(
      `The file has ${dataRows.toLocaleString("en")} rows; the limit is ${MAX_CSV_ROWS.toLocaleString("en")}. Split it into smaller files.`,
      { csv: [`More than ${MAX_CSV_ROWS.toLocaleString("en")} rows`] },
    );
  }
  const width = (header as string[]).length;
  if (width > MAX_CSV_COLUMNS) {
    throw new ValidationError(`The file has ${width} columns; at most ${MAX_CSV_COLUMNS} can be read.`, { csv: ["Too many columns"] });
  }
  for (const row of rows) {
    const extra = row.cells.slice(width).filter((c) => c.trim() !== "");
    if (extra.length > 0) {
      rowErrors.push({
        line: row.line,
        message: `This row has ${row.cells.length} cells but the header names ${width} columns (check for an unquoted comma or delimiter)`,
      });
    }
  }
  return { header: header as string[], rows, delimiter: result.meta.delimiter, rowErrors };
}

function quoteMessage(error: Papa.ParseError): string {
  if (error.type === "Quotes") return 'A quoted cell is not closed or has a stray quote (write a quote inside a quoted cell as "")';
  return error.message;
}
