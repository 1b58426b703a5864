import type { ColumnType } from "@/db/schema/drift";

/** A value that cannot go to PostgreSQL as it is: the copy stops and names where it is. */
export class BadValueError extends Error {}

function wholeNumber(value: number | bigint, where: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new BadValueError(`${where}: ${String(value)} is not a whole number a JS number holds exactly.`);
  return n;
}

/**
 * A SQLite value (read with safe integers, so whole numbers arrive as
 * bigint) as the JS value the app reads from either database: numbers,
 * true/false for boolean columns, parsed JSON for JSON columns.
 */
export function fromSqlite(value: unknown, type: ColumnType, where: string): unknown {
  if (value === null) return null;
  switch (type) {
    case "text":
      if (typeof value === "string") return value;
      break;
    case "integer":
      if (typeof value === "bigint" || typeof value === "number") return wholeNumber(value, where);
      break;
    case "real":
      if (typeof value === "bigint" || typeof value === "number") return Number(value);
      break;
    case "boolean":
      if (value === 0n || value === 0) return false;
      if (value === 1n || value === 1) return true;
      break;
    case "json":
      if (typeof value === "string") {
        try {
          return JSON.parse(value) as unknown;
        } catch {
          throw new BadValueError(`${where}: the text is not valid JSON.`);
        }
      }
      break;
  }
  throw new BadValueError(`${where}: ${JSON.stringify(typeof value === "bigint" ? String(value) : value)} is not a ${type} value.`);
}

/**
 * The parameter node-postgres sends for a SQLite value. JSON goes as its
 * text (the driver would turn a JS array into a PostgreSQL array literal):
 * parsed first so bad JSON stops the copy, re-serialised with the same key
 * order, and a JSON `null` stays JSON, not SQL NULL.
 */
export function toPostgresParameter(value: unknown, type: ColumnType, where: string): unknown {
  if (value === null) return null;
  const converted = fromSqlite(value, type, where);
  return type === "json" ? JSON.stringify(converted) : converted;
}
