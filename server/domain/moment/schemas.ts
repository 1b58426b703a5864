import { z } from "zod";
import { JOURNEY_TYPES } from "@/db/schema/values";
import { idSchema, requiredText, TEXT_MAX, trimmedText, versionSchema, wholeListPage } from "../shared/inputs";

/** More would not be a canvas any more; it also bounds reorder and list. */
export const MAX_MOMENTS_PER_CANVAS = 200;

const rating = (what: string) =>
  z
    .number({ message: `${what} is a whole number from 1 to 5` })
    .int(`${what} is a whole number from 1 to 5`)
    .min(1, `${what} is a whole number from 1 to 5`)
    .max(5, `${what} is a whole number from 1 to 5`);
const money = z.number().min(0, "Cannot be negative").max(1e12, "At most 1,000,000,000,000");
const shortText = (label: string) => trimmedText(label, TEXT_MAX.title);
const journeyType = z.enum(JOURNEY_TYPES, { message: `Choose one of: ${JOURNEY_TYPES.join(", ")}` });

const fields = {
  name: requiredText("Name", TEXT_MAX.title, "Give the moment of truth a name"),
  stage: shortText("Stage"),
  journeyType,
  channel: shortText("Channel"),
  importance: rating("Importance"),
  performance: rating("Performance"),
  volumePerYear: money,
  costPerInteraction: money,
};

/** What each field is called in the table; CONFLICTs and messages use these, never the keys. */
export const MOMENT_LABELS = {
  name: "Name",
  stage: "Stage",
  journeyType: "Journey type",
  channel: "Channel",
  importance: "Importance",
  performance: "Performance",
  volumePerYear: "Volume per year",
  costPerInteraction: "Cost per interaction",
} as const;

export const createMomentInput = z.object({
  ...fields,
  canvasId: idSchema,
  stage: shortText("Stage").default(""),
  journeyType: journeyType.default("other"),
  channel: shortText("Channel").default(""),
  volumePerYear: money.default(0),
  costPerInteraction: money.default(0),
});
export type CreateMomentInput = z.infer<typeof createMomentInput>;

export const updateMomentInput = z.object(fields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateMomentInput = z.infer<typeof updateMomentInput>;

export const momentIdInput = z.object({ id: idSchema });

export const reorderMomentsInput = z.object({
  canvasId: idSchema,
  ids: z
    .array(idSchema)
    .max(MAX_MOMENTS_PER_CANVAS, `A canvas has at most ${MAX_MOMENTS_PER_CANVAS} moments`)
    .refine((ids) => new Set(ids).size === ids.length, "Each moment may appear only once"),
});
export type ReorderMomentsInput = z.infer<typeof reorderMomentsInput>;

export const listMomentsInput = z.object({
  /** One canvas (all its moments, in order), or the whole workspace, a page at a time. */
  canvasId: idSchema.optional(),
  ...wholeListPage,
});
export type ListMomentsInput = z.infer<typeof listMomentsInput>;
