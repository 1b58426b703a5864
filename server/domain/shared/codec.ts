import { z } from "zod";
import type { DbOrTx, Tx } from "./context";

/**
 * A codec is one entity's place in the workspace file (docs/workspace-format.md,
 * decision 035): the schema of its items, how its rows are read in file order,
 * how a row becomes an item (toFile) and how an item becomes table rows with
 * new ids (fromFile). server/domain/transfer/ loops over the ordered list of
 * codecs (transfer/codecs.ts) instead of naming every field again.
 */
export type Table = Parameters<Tx["insert"]>[0];

/** What toFile needs besides the row: the refs and order given to the rows of the codecs before it, and people by email. */
export type ToFileRefs = {
  ref(kind: string, id: string): string | undefined;
  order(kind: string, id: string): number;
  person(userId: string | null): string | null;
};

/** What fromFile needs besides the item: new ids by ref, the importer, and timestamps. */
export type FromFileRefs = {
  workspaceId: string;
  userId: string;
  now: number;
  idOf(kind: string, ref: string): string;
  person(email: string | null): string | null;
  stamp(createdAt: number | undefined): { createdAt: number; updatedAt: number };
};

export type Codec<Row, S extends z.ZodType> = {
  /** The list's name under `workspace` in the file. */
  key: string;
  /** The rows' refs are "<kind>-<n>" in file order; absent when nothing refers to them. */
  kind?: string;
  schema: S;
  /** The tables fromFile writes, parents first: fromFile answers one list of rows per table. */
  tables: readonly Table[];
  /** The workspace's rows in the file's order (which never depends on random ids). */
  read(db: DbOrTx, workspaceId: string, refs: ToFileRefs): Promise<(Row & { id: string })[]>;
  /** The row as the file holds it; null leaves it out. */
  toFile(row: Row, refs: ToFileRefs): z.output<S> | null;
  fromFile(item: z.output<S>, refs: FromFileRefs): Record<string, unknown>[][];
};

// Method parameters are checked both ways, so every entity's codec fits the list's element type.
export type AnyCodec = Codec<{ id: string }, z.ZodType>;

export const defineCodec = <Row, S extends z.ZodType>(codec: Codec<Row, S>) => codec;

// The file's building blocks.
export const ref = z.string().min(1, "A ref is never empty").max(64, "A ref has at most 64 characters");
export const email = z.string().trim().toLowerCase().max(320, "An email has at most 320 characters");
export const personRef = email.nullable().default(null);
export const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);
export const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(max, `At most ${max.toLocaleString("en")} ${what}`)
    .default([]);

/** Sorts by the given keys in turn (strings case-insensitively), so the file's order never depends on random ids. */
export function sortBy<T>(rows: T[], ...keys: ((row: T) => string | number | null)[]): T[] {
  const norm = (v: string | number | null) => (typeof v === "string" ? v.toLowerCase() : v);
  return rows.sort((a, b) => {
    for (const key of keys) {
      const x = norm(key(a));
      const y = norm(key(b));
      if (x === y) continue;
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  });
}

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) (out.get(key(r)) ?? out.set(key(r), []).get(key(r))!).push(r);
  return out;
}

/** One cell of a CSV file as written. */
export type CsvCell = string | number | boolean | null;

/** Reads the mapped cells of one CSV row (transfer/csv-cells.ts), trimmed and with export escaping undone. */
export type CellReader = {
  text(key: string): string;
  number(key: string): number | undefined;
  list(key: string): string[];
};

/** One column of an entity's CSV: the template, the export and the import read the same list. */
export type CsvColumn<Row> = {
  /** The column name of the template and of the export. */
  key: string;
  label: string;
  required: boolean;
  hint: string;
  /** Other names spreadsheets use for it, compared like column names (case, spaces, _ and - ignored). */
  synonyms: string[];
  /** The value of the template's example row. */
  example: string;
  /** The API input's field this column fills: the schema's issues about that field are shown on this column. */
  path?: string;
  /** The cell as the API input's value; absent where the import resolves it itself (a title to look up). */
  read?(cells: CellReader): unknown;
  /** The row's value as the export writes it. */
  write(row: Row): CsvCell;
};
