import { z } from "zod";
import { MAX_OFFSET } from "@/server/domain/shared/inputs";
import { ApiError } from "./errors";

/**
 * Cursor pagination over the domain's stable orders. A cursor is opaque to
 * callers (base64url of a small JSON object): today it holds the position of
 * the next row in the list's stable order, so a list whose rows do not change
 * is walked without a duplicate or a miss; a row added or removed before the
 * position while a client walks shifts the rest by one (decision 049).
 */
export const MAX_API_PAGE = 200;
export const DEFAULT_API_PAGE = 50;

export const pageQuery = {
  limit: z
    .number({ message: "Limit is a whole number from 1 to 200" })
    .int("Limit is a whole number from 1 to 200")
    .min(1, "Limit is a whole number from 1 to 200")
    .max(MAX_API_PAGE, `Limit is at most ${MAX_API_PAGE}`)
    .default(DEFAULT_API_PAGE)
    .describe(`Rows per page, 1 to ${MAX_API_PAGE}`),
  cursor: z.string().max(200).optional().describe("The nextCursor of the previous page; leave out for the first page"),
};

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset }), "utf8").toString("base64url");
}

/** The position a cursor stands for; a cursor we did not give out is a 400, not a silent first page. */
export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === "") return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { o?: unknown };
    if (typeof parsed.o === "number" && Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.o <= MAX_OFFSET) return parsed.o;
  } catch {
    // Falls through to the same answer as a well-formed but foreign cursor.
  }
  throw new ApiError(
    "bad_request",
    "This cursor is not one the API gave out. Use the nextCursor of the previous page, or leave it out to start again.",
  );
}

/** The cursor of the page after one that started at `offset` and held `count` of `total` rows, or null at the end. */
export function nextCursor(offset: number, count: number, total: number): string | null {
  return offset + count < total ? encodeCursor(offset + count) : null;
}

/** Pages of a list the domain answers whole (bounded there): the same cursors, cut here. */
export function sliceWhole<T>(all: readonly T[], offset: number, limit: number) {
  const items = all.slice(offset, offset + limit);
  return { items, nextCursor: nextCursor(offset, items.length, all.length) };
}
