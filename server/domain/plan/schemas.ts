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

/** Monte Carlo samples of the optimal plan (docs/scoring.md, robustness): each is a full solve, so few and short. */
export const ROBUSTNESS_SAMPLES = { min: 10, max: 100, byDefault: 30 } as const;
export const planRobustnessInput = z.object({
  samples: z
    .number({ message: "Samples must be a whole number" })
    .int("Samples must be a whole number")
    .min(ROBUSTNESS_SAMPLES.min, `At least ${ROBUSTNESS_SAMPLES.min} samples`)
    .max(ROBUSTNESS_SAMPLES.max, `At most ${ROBUSTNESS_SAMPLES.max} samples`)
    .default(ROBUSTNESS_SAMPLES.byDefault),
  seed: z.number().int("The seed must be a whole number").min(0).max(2_147_483_647).default(1),
});
export type PlanRobustnessInput = z.output<typeof planRobustnessInput>;
