// Public face of the scoring and roadmap engine (docs/scoring.md). Pure: no
// I/O, no database, no clock, no Math.random. Every entry point validates its
// input and throws ScoringInputError naming the offending ids and fields.
export type * from "./types";
export { CROWNS, INITIATIVE_STATUSES, STARTED_STATUSES } from "./types";
export {
  DEFAULT_MODEL,
  DEFAULT_CROWN_THRESHOLD,
  crownThresholdOf,
  DEFAULT_CATEGORY_WEIGHT,
  DEFAULT_DURATION_PERIODS,
  CONFIDENCE_LEVELS,
} from "./model";
export { gap, hotSpotScore, annualCost, isHotSpot, type MomentRating } from "./moments";
export { ScoringInputError, type ScoringIssue } from "./errors";
export { validatePortfolio, portfolioIssues, validatePeriods, validatePlanOptions, MAX_SIMULATION_SAMPLES } from "./validate";
export { findDependencyCycle } from "./graph";
export { scorePortfolio, rankPortfolio, scorePortfolioLean, type LeanScores } from "./score";
export { analyzePortfolio, type PortfolioAnalysis } from "./analysis";
export { compareIds, isOpenStatus } from "./rank";
export { weightSensitivity, sensitivityScenarios, ROBUST_SPREAD } from "./sensitivity";
export { simulatePortfolio, triangularQuantile, nearestRankPercentile, TOP_N } from "./montecarlo";
export { planRoadmap, CAPACITY_TOLERANCE } from "./roadmap";
export {
  optimizePlan,
  greedyPlan,
  DEFAULT_TIME_LIMIT_MS,
  MIN_TIME_LIMIT_MS,
  MAX_TIME_LIMIT_MS,
  type ChoiceOptions,
  type ChoiceReason,
  type ChoiceItem,
  type ChoiceStatus,
  type PlanChange,
  type PlanChoice,
  type InfeasibleForceIn,
  planRobustness,
  MAX_ROBUSTNESS_SAMPLES,
  DEFAULT_SAMPLE_TIME_LIMIT_MS,
  type RobustnessOptions,
  type RobustnessRow,
  type RobustnessVerdict,
  type PlanRobustness,
} from "./optimal";
export * from "./outcomes";
