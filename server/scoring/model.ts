// Defaults of scoring.md section 1.
import type { ScoringModel } from "./types";

export const DEFAULT_MODEL: Readonly<ScoringModel> = Object.freeze({
  weights: Object.freeze({ experience: 40, cost: 30, revenue: 30 }),
  materialAmount: Object.freeze({ cost: 1_000_000, revenue: 1_000_000 }),
  revenueMargin: 0.4,
  discountRate: 0.08,
  horizonYears: 3,
});

export const DEFAULT_CATEGORY_WEIGHT = 1;
export const DEFAULT_DURATION_PERIODS = 1;

/** The confidence levels the UI offers. */
export const CONFIDENCE_LEVELS = Object.freeze({ high: 1.0, medium: 0.8, low: 0.5 });
