// The optimal plan of docs/scoring.md section 9, and the greedy plan with a scenario's force options.
export type * from "./types";
export { greedyPlan, optimizePlan } from "./plan";
export { DEFAULT_TIME_LIMIT_MS, MIN_TIME_LIMIT_MS, MAX_TIME_LIMIT_MS } from "./options";
export { planRobustness, verdictOf, MAX_ROBUSTNESS_SAMPLES, DEFAULT_SAMPLE_TIME_LIMIT_MS, ROBUST_IN, ROBUST_OUT } from "./robustness";
