// Types of the optimal plan (docs/scoring.md section 9). The app builds on these names and shapes.
import type { PlanOptions } from "../types";

export interface ChoiceOptions extends PlanOptions {
  /** Initiatives that must be scheduled (a scenario); their candidate prerequisites then are too. */
  forceIn?: readonly string[];
  /** Initiatives that must not be scheduled (a scenario); their dependents are blocked by them. */
  forceOut?: readonly string[];
  /** optimizePlan only: how long the solver may search, an integer 100..60000; 2000 when absent. */
  timeLimitMs?: number;
}

export type ChoiceReason = "no_positive_value" | "blocked" | "no_capacity" | "forced_out";

interface ChoiceItemBase {
  id: string;
  rank: number;
  valueScore: number;
  effort: number;
  durationPeriods: number;
  /** How many crown scores exceed the model's threshold (0..3), under the model this plan used. */
  crowns: number;
  tripleCrown: boolean;
  npv: number;
}

export interface ScheduledChoiceItem extends ChoiceItemBase {
  scheduled: true;
  kind: "in_progress" | "pinned" | "planned";
  startPeriod: number;
  endPeriod: number;
}

export interface UnscheduledChoiceItem extends ChoiceItemBase {
  scheduled: false;
  reason: ChoiceReason;
  /** For "blocked": the direct prerequisites that are not scheduled (unscheduled, cancelled or forced out); else null. */
  blockedBy: string[] | null;
  /** For "no_capacity": the period indices, in the starts it could have, that have too little room left; else null. */
  fullPeriods: number[] | null;
}

export type ChoiceItem = ScheduledChoiceItem | UnscheduledChoiceItem;

export type ChoiceStatus = "optimal" | "time_limit" | "infeasible" | "greedy";

export interface PlanChange {
  id: string;
  kind: "added" | "dropped" | "moved";
  greedyStart: number | null;
  start: number | null;
}

export interface ChoicePeriod {
  id: string;
  label?: string;
  capacity: number;
  used: number;
  /** max(0, capacity − used). */
  left: number;
}

export interface ChoiceTotals {
  /** Over every scheduled item (in progress, pinned and planned). */
  value: number;
  tripleCrowns: number;
  npv: number;
  effort: number;
  /** How many items are newly scheduled (kind "planned"). */
  planned: number;
}

/** A forced-in initiative that cannot be scheduled, and why. */
export interface InfeasibleForceIn {
  id: string;
  reason: "blocked" | "no_capacity" | "forced_out";
  blockedBy: string[] | null;
  fullPeriods: number[] | null;
}

export interface PlanChoice {
  status: ChoiceStatus;
  /** Total valueScore of the newly scheduled (kind "planned") items. */
  objective: number;
  /** The same sum for the greedy plan of the same inputs and force options. */
  greedyObjective: number;
  /** The solver's proven upper bound on objective (= objective when optimal); null for greedyPlan. */
  bound: number | null;
  /** (bound − objective) / max(|bound|, 1e-9); 0 when optimal; null for greedyPlan. */
  gap: number | null;
  /** Time the solver ran, in milliseconds, as the solver measures it (0 for greedyPlan). */
  solveMs: number;
  /** Every open initiative, in ranking order. */
  items: ChoiceItem[];
  /** How this plan differs from the greedy plan of the same inputs and force options (empty for greedyPlan). */
  changes: PlanChange[];
  periods: ChoicePeriod[];
  totals: ChoiceTotals;
  infeasible: InfeasibleForceIn[];
  /** forceIn / forceOut ids that are not open candidates (unknown, done, cancelled, in progress, validly pinned). */
  ignored: string[];
}

export interface RobustnessOptions extends PlanOptions {
  /** How many Monte Carlo samples to plan, an integer 1..200. */
  samples: number;
  /** Integer; the same seed gives the same samples. */
  seed: number;
  /** Solver time per sample, an integer 100..60000 ms; 500 when absent (DEFAULT_SAMPLE_TIME_LIMIT_MS). */
  timeLimitMs?: number;
}

export type RobustnessVerdict = "robust_in" | "robust_out" | "borderline";

export interface RobustnessRow {
  id: string;
  rank: number;
  /** Share of samples (0..1) whose optimal plan schedules it. */
  share: number;
  verdict: RobustnessVerdict;
}

export interface PlanRobustness {
  samples: number;
  /** How many of the samples' solves were proven optimal (the others stopped at the time limit). */
  optimalSamples: number;
  /** Every open initiative, in ranking order. */
  rows: RobustnessRow[];
}
