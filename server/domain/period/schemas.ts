import { z } from "zod";
import { idSchema as id, requiredText, TEXT_MAX, versionSchema } from "../shared/inputs";

export const MAX_PERIODS = 200;

/** A real calendar date written YYYY-MM-DD (so "2026-02-30" is refused). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Write the date as YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2999;
  }, "This is not a date in the calendar (years 1900-2999)");

const label = requiredText("Label", TEXT_MAX.name, "Give the period a label, like Q1 2026");
const capacity = z
  .number({ message: "Capacity must be a number" })
  .min(0, "Capacity cannot be negative")
  .max(1e9, "Capacity must be at most 1,000,000,000");

/** The period's last day; empty or null: until the next period starts (decision 022). */
const endDate = z.preprocess((v) => (v === "" ? null : v), isoDate.nullable());

export const periodFields = z.object({ label, startDate: isoDate, endDate: endDate.optional(), capacity: capacity.default(0) });

/** For schemas built on periodFields (zod 4 cannot extend a refined object). */
export const endsAfterStart: [(p: { startDate: string; endDate?: string | null }) => boolean, { path: string[]; message: string }] = [
  (p) => !p.endDate || p.endDate > p.startDate,
  { path: ["endDate"], message: "The last day must come after the first day" },
];

export const createPeriodInput = periodFields.refine(...endsAfterStart);
export type CreatePeriodInput = z.infer<typeof createPeriodInput>;

export const updatePeriodInput = z.object({
  id,
  version: versionSchema,
  label: label.optional(),
  startDate: isoDate.optional(),
  endDate: endDate.optional(),
  capacity: capacity.optional(),
});
export type UpdatePeriodInput = z.infer<typeof updatePeriodInput>;

export const deletePeriodInput = z.object({
  id,
  version: versionSchema,
  /** Needed when realised results are recorded for the period: they are deleted with it. */
  confirm: z.boolean().default(false),
});
export type DeletePeriodInput = z.infer<typeof deletePeriodInput>;

export const createQuartersInput = z.object({
  startDate: isoDate,
  count: z.number().int().min(1, "Create at least 1 quarter").max(40, "Create at most 40 quarters at once"),
  capacity: capacity.default(0),
});
export type CreateQuartersInput = z.infer<typeof createQuartersInput>;
