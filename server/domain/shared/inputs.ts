import { z } from "zod";
import { ROLES } from "@/db/schema/values";
import { tooLong } from "./text";

/**
 * The input pieces every entity builds its schemas from, so an id, a version,
 * a page or a piece of text is checked (and worded) the same everywhere.
 * Pure: forms import the entities' schemas, and through them this file.
 */

export const ID_MAX = 64;
export const idSchema = z.string().min(1, "Missing id").max(ID_MAX, `An id has at most ${ID_MAX} characters`);

/** The version the caller read: a newer one in the database means someone else changed the row (CONFLICT). */
export const versionSchema = z.number().int().min(1, "version is the version you read (1 or more)");

export const MAX_OFFSET = 1_000_000;

/** Offset paging with a hard bound, so every list is bounded. */
export function pageFields(opts: { max: number; byDefault: number }) {
  return {
    limit: z.number().int().min(1).max(opts.max).default(opts.byDefault),
    offset: z.number().int().min(0).max(MAX_OFFSET).default(0),
  };
}

/** The usual page: 50 rows, at most 200. */
export const pageInput = z.object(pageFields({ max: 200, byDefault: 50 }));
export type PageInput = z.infer<typeof pageInput>;

/** Lists a page shows whole (categories, canvases, moments): 200 rows, at most 500. */
export const wholeListPage = pageFields({ max: 500, byDefault: 200 });

/** The lengths text may have; over-long text is refused with the limit and the length typed, never cut. */
export const TEXT_MAX = {
  /** A title or a name of a thing: a category, canvas, initiative, measure, moment. */
  title: 200,
  /** A short name: a workspace, a person, a period or a share link label. */
  name: 100,
  /** A note, a reason, an assumption. */
  note: 2_000,
  /** Free text: a need, a problem, a comment, a canvas section. */
  long: 10_000,
} as const;

/** Text that must be there: trimmed, then at least one character (`empty` says what to write) and at most `max`. */
export function requiredText(label: string, max: number, empty: string) {
  return z.string().trim().min(1, empty).max(max, tooLong(label, max));
}

/** Optional text, trimmed, at most `max` characters. */
export function trimmedText(label: string, max: number) {
  return z.string().trim().max(max, tooLong(label, max));
}

/** Text kept exactly as typed (line breaks and spaces are the writer's), at most `max` characters. */
export function keptText(label: string, max: number) {
  return z.string().max(max, tooLong(label, max));
}

/** An email address, compared and stored lower-cased. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email("Enter a valid email address, like name@example.com"))
  .transform((e) => e.toLowerCase());

/** A member's role in a workspace (the roles of server/domain/permissions.ts). */
export const roleSchema = z.enum(ROLES, { message: `Choose one of: ${ROLES.join(", ")}` });
