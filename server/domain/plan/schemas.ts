import { z } from "zod";
import { idSchema } from "../shared/inputs";

/** Which plan: the greedy one of scoring §5 or the optimal one of §8, of the workspace as it is or of a scenario. */
export const PLAN_MODES = ["greedy", "optimal"] as const;
export type PlanMode = (typeof PLAN_MODES)[number];

const mode = z.enum(PLAN_MODES, { message: 'Choose the plan: "greedy" or "optimal"' });

export const planRef = z.object({
  /** null or absent: the workspace as it is. */
  scenarioId: idSchema.nullish().transform((v) => v ?? null),
  mode: mode.default("optimal"),
});
export type PlanRef = z.output<typeof planRef>;

export const planChoiceInput = planRef;

export const comparePlansInput = z.object({ a: planRef, b: planRef });
export type ComparePlansInput = z.output<typeof comparePlansInput>;

/**
 * Adopting pins the plan the person looked at: its state key says which
 * version of the workspace it was computed from, and a newer one is refused.
 */
export const adoptPlanInput = z.object({
  stateKey: z.string().min(1, "Missing the plan's state key").max(100, "The state key is too long"),
});

export const undoAdoptionInput = z.object({ adoptionId: idSchema });
