import { z } from "zod";
import { DECISION_OUTCOMES } from "@/db/schema/values";
import { INITIATIVE_STATUSES } from "@/server/scoring";
import { idSchema } from "../shared/inputs";

export const listDecisionsInput = z.object({ initiativeId: idSchema });
export type ListDecisionsInput = z.infer<typeof listDecisionsInput>;

const amount = z.number().finite();
const estimate = z.object({ low: amount, likely: amount, high: amount });

/** The scorecard's figures for one initiative when it was scored. */
export const scoredFiguresSchema = z.object({
  scored: z.literal(true),
  valueScore: amount,
  priority: amount,
  /** null for done and cancelled work, which the scorecard does not rank. */
  rank: z.number().int().min(1).nullable(),
  /** How many initiatives were ranked at that moment. */
  ranked: z.number().int().min(0),
  crowns: z.number().int().min(0).max(3),
  scores: z.object({ experience: amount, cost: amount, revenue: amount }),
  confidence: amount,
  confidenceSource: z.enum(["evidence", "hand"]),
  /** Assumptions and risks an evidence confidence rested on (0 when picked by hand). */
  confidenceAssumptions: z.number().int().min(0),
  costReduction: estimate,
  revenueGrowth: estimate,
  investment: amount,
  effort: amount,
  npv: amount,
  paybackYears: amount.nullable(),
});
export type ScoredFigures = z.infer<typeof scoredFiguresSchema>;

/**
 * What the decision log keeps: the figures, or why there were none (the
 * engine refused the workspace's data at that moment, which must not stop an
 * executive from deciding).
 */
export const decisionFiguresSchema = z.discriminatedUnion("scored", [
  scoredFiguresSchema,
  z.object({ scored: z.literal(false), reason: z.string().max(2_000) }),
]);
export type DecisionFigures = z.infer<typeof decisionFiguresSchema>;

export const decisionOutcomeSchema = z.enum(DECISION_OUTCOMES, { message: `Choose one of: ${DECISION_OUTCOMES.join(", ")}` });
export const decisionFromStatusSchema = z.enum(INITIATIVE_STATUSES, { message: `Choose one of: ${INITIATIVE_STATUSES.join(", ")}` });
