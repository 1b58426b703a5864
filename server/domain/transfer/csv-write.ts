import Papa from "papaparse";

import type { CsvCell } from "../shared/codec";

/** A cell of an exported file: numbers stay numbers, text is text, empty is null. */
export type { CsvCell };

/** Text cells a spreadsheet would run as a formula (docs/quality.md, formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as it is written: a leading `=`, `+`, `-`, `@`, tab or carriage
 * return gets a single quote in front, so a spreadsheet shows it as text and
 * never evaluates it. Numbers are not text: -5 is written as -5 and stays a
 * number a spreadsheet can add up (a number cell cannot carry a formula).
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes escapeFormula on import, so an exported file imports back unchanged. */
export function unescapeFormula(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Numbers are written plainly, rounded to the digits a reader needs (no 0.30000000000000004). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function cellText(cell: CsvCell): string | number {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return escapeFormula(cell);
}

/**
 * CSV text for spreadsheets: UTF-8 with a byte order mark (so Excel reads
 * accents right), comma separated, CRLF line ends (RFC 4180), quotes where needed.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    { fields: header.map((h) => escapeFormula(h)), data: rows.map((r) => r.map(cellText)) },
    { newline: "\r\n", quotes: false, escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}
