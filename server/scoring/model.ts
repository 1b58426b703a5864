// Defaults of docs/scoring.md section 2.
import type { ScoringModel } from "./types";

export const DEFAULT_MODEL: Readonly<ScoringModel> = Object.freeze({
  weights: Object.freeze({ experience: 40, cost: 30, revenue: 30 }),
  materialAmount: Object.freeze({ cost: 1_000_000, revenue: 1_000_000 }),
  revenueMargin: 0.4,
  discountRate: 0.08,
  horizonYears: 3,
  crownThreshold: 0.5,
});

/** Points a crown score must exceed to count as a crown when the model does not say (docs/scoring.md §2, v2). */
export const DEFAULT_CROWN_THRESHOLD = 0.5;

/** The model's crown threshold, or the default when it is absent. */
export function crownThresholdOf(model: ScoringModel): number {
  return model.crownThreshold ?? DEFAULT_CROWN_THRESHOLD;
}

export const DEFAULT_CATEGORY_WEIGHT = 1;
export const DEFAULT_DURATION_PERIODS = 1;

/** The confidence levels the UI offers. */
export const CONFIDENCE_LEVELS = Object.freeze({ high: 1.0, medium: 0.8, low: 0.5 });
