import { z } from "zod";
import { MEASURE_DIRECTIONS, MEASURE_KINDS } from "@/db/schema/values";
import { idSchema, keptText, pageFields, requiredText, TEXT_MAX, trimmedText, versionSchema } from "../shared/inputs";

export const MAX_MEASURES_PER_CANVAS = 100;

const value = z.number().min(-1e12, "At least −1,000,000,000,000").max(1e12, "At most 1,000,000,000,000");
const kind = z.enum(MEASURE_KINDS, { message: `Choose one of: ${MEASURE_KINDS.join(", ")}` });
const direction = z.enum(MEASURE_DIRECTIONS, { message: `Choose one of: ${MEASURE_DIRECTIONS.join(", ")}` });
const unit = trimmedText("Unit", 50);

const fields = {
  name: requiredText("Name", TEXT_MAX.title, "Give the measure a name"),
  kind,
  unit,
  direction,
  baseline: value.nullable(),
  target: value.nullable(),
};

/** What each field is called in the form; CONFLICTs and messages use these, never the keys. */
export const MEASURE_LABELS = {
  name: "Name",
  kind: "Kind",
  unit: "Unit",
  direction: "Direction",
  baseline: "Baseline",
  target: "Target",
  date: "Date",
  value: "Value",
  note: "Note",
} as const;

export const createMeasureInput = z.object({
  ...fields,
  canvasId: idSchema,
  kind: kind.default("outcome"),
  unit: unit.default(""),
  direction: direction.default("higher_is_better"),
  baseline: value.nullable().optional(),
  target: value.nullable().optional(),
});
export type CreateMeasureInput = z.infer<typeof createMeasureInput>;

export const updateMeasureInput = z.object(fields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateMeasureInput = z.infer<typeof updateMeasureInput>;

export const measureIdInput = z.object({ id: idSchema });

/** A real calendar day: "2026-02-30" is refused, not rolled over to March. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-31 (YYYY-MM-DD)")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "Not a valid calendar date")
  .refine((s) => s >= "1900-01-01" && s <= "2200-12-31", "Use a date between 1900 and 2200");

export const addActualInput = z.object({
  measureId: idSchema,
  date: isoDate,
  value,
  note: keptText("Note", TEXT_MAX.note).default(""),
});
export type AddActualInput = z.infer<typeof addActualInput>;

export const actualIdInput = z.object({ id: idSchema });

export const listActualsInput = z.object({
  measureId: idSchema,
  ...pageFields({ max: 200, byDefault: 50 }),
});
export type ListActualsInput = z.infer<typeof listActualsInput>;

export const listMeasuresInput = z.object({ canvasId: idSchema });
