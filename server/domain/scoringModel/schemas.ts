import { z } from "zod";
import { pageInput, TEXT_MAX, trimmedText } from "../shared/inputs";

const weight = (crown: string) =>
  z
    .number({ message: `The ${crown} weight must be a number` })
    .int(`The ${crown} weight is a whole number`)
    .min(0, `The ${crown} weight cannot be negative`)
    .max(100, `The ${crown} weight is at most 100`);

const material = (crown: string) =>
  z
    .number({ message: `The material ${crown} amount must be a number` })
    .gt(0, `The material ${crown} amount must be more than 0`)
    .max(1e12, `The material ${crown} amount must be at most 1,000,000,000,000`);

const share = (label: string) =>
  z
    .number({ message: `${label} must be a number` })
    .min(0, `${label} is between 0 and 1`)
    .max(1, `${label} is between 0 and 1`);

/** The model's fields and the rules of docs/scoring.md §2. */
export const modelFields = z.object({
  weights: z.object({ experience: weight("experience"), cost: weight("cost"), revenue: weight("revenue") }).superRefine((w, ctx) => {
    const sum = w.experience + w.cost + w.revenue;
    if (sum !== 100) {
      ctx.addIssue({
        code: "custom",
        message: `The weights must add up to 100 (now ${w.experience} + ${w.cost} + ${w.revenue} = ${sum})`,
      });
    }
  }),
  materialAmount: z.object({ cost: material("cost"), revenue: material("revenue") }),
  revenueMargin: share("The revenue margin"),
  discountRate: share("The discount rate"),
  horizonYears: z
    .number({ message: "The horizon must be a number of years" })
    .int("The horizon is a whole number of years")
    .min(1, "The horizon is 1 to 10 years")
    .max(10, "The horizon is 1 to 10 years"),
  /** docs/scoring.md v2. Optional so an older client or file keeps the current threshold instead of resetting it. */
  crownThreshold: z
    .number({ message: "The crown threshold must be a number of points" })
    .min(0, "The crown threshold is between 0 and 10 points")
    .max(10, "The crown threshold is between 0 and 10 points")
    .optional(),
  /**
   * docs/scoring.md §10.4: score with the confidence the initiative's assumptions and their evidence support,
   * where it has any. Optional so an older client or file keeps the current choice instead of resetting it.
   */
  confidenceFromEvidence: z.boolean({ message: "Say yes or no to confidence from evidence" }).optional(),
});
export type ModelFields = z.infer<typeof modelFields>;

export const updateModelInput = modelFields.extend({
  /** The number of the model the change starts from: a newer one means someone else changed it (CONFLICT). */
  version: z.number().int().min(0),
  note: trimmedText("Note", TEXT_MAX.note).default(""),
});
export type UpdateModelInput = z.infer<typeof updateModelInput>;

export const previewModelInput = modelFields;

export const modelHistoryInput = pageInput;
