// Input and output types of the scoring engine (docs/scoring.md is the contract).
// Inputs are plain JSON so routers can map database rows straight onto them.

export type Crown = "experience" | "cost" | "revenue";
export const CROWNS: readonly Crown[] = ["experience", "cost", "revenue"];

export interface CrownWeights {
  experience: number;
  cost: number;
  revenue: number;
}

export interface ScoringModel {
  /** Integers >= 0 summing to 100. */
  weights: CrownWeights;
  /** Yearly amount worth 10 points, > 0. */
  materialAmount: { cost: number; revenue: number };
  /** Share of revenue growth that is profit (NPV only), 0..1. */
  revenueMargin: number;
  /** Yearly discount rate for NPV, 0..1. */
  discountRate: number;
  /** Years of benefit counted in NPV, integer 1..10. */
  horizonYears: number;
  /** Points a crown score must exceed to count as a crown, 0..10; 0.5 when absent (0 gives v1). */
  crownThreshold?: number | null;
}

interface CategoryInput {
  id: string;
  /** > 0; relative value of the category to the business. */
  weight: number;
}

interface MomentInput {
  id: string;
  categoryId: string;
  /** Integer 1..5, importance to the customer. */
  importance: number;
  /** Integer 1..5, how well we do it today. */
  performance: number;
}

/** A three-point estimate of a yearly amount of money; low <= likely <= high. */
export interface Estimate {
  low: number;
  likely: number;
  high: number;
}

export interface EffectLink {
  momentId: string;
  /** Integer −3..+3. */
  effect: number;
}

/**
 * The one list of an initiative's statuses, in the order of its life: the
 * database column, the API's schemas and every view take it from here
 * (the moves between them: server/domain/initiative/status-rules.ts).
 */
export const INITIATIVE_STATUSES = ["proposed", "approved", "in_progress", "done", "cancelled"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
/** Work that has started: it has a start period (docs/scoring.md §2). */
export const STARTED_STATUSES = ["in_progress", "done"] as const satisfies readonly InitiativeStatus[];

export interface InitiativeInput {
  id: string;
  costReduction: Estimate;
  revenueGrowth: Estimate;
  effects: readonly EffectLink[];
  /** One-off money >= 0. */
  investment: number;
  /** Capacity units > 0. */
  effort: number;
  /** Integer >= 1; 1 when omitted. */
  durationPeriods?: number;
  /** In (0, 1]. */
  confidence: number;
  dependsOn: readonly string[];
  status: InitiativeStatus;
  /** Required for in_progress and done; ignored otherwise. May be negative. */
  startPeriod?: number | null;
  /** Honoured for approved only (ignored otherwise); integer >= 0. */
  pinnedPeriod?: number | null;
}

export interface PortfolioInput {
  model: ScoringModel;
  categories: readonly CategoryInput[];
  moments: readonly MomentInput[];
  initiatives: readonly InitiativeInput[];
}

export interface Period {
  id: string;
  label?: string;
  /** Effort units available in this period, >= 0. */
  capacity: number;
}

// ---------------------------------------------------------------- scores

interface CrownScores {
  experience: number;
  cost: number;
  revenue: number;
}

export interface CrownPart {
  /** The crown's score after clamping to −10..10. */
  score: number;
  /** True when the raw score was beyond ±10 and was capped, so the UI can say so. */
  clamped: boolean;
  /** The crown's weight in the model (0..100). */
  weight: number;
  /** confidence × weight × score / 10; the three parts add up to valueScore. */
  part: number;
}

export interface LinkContribution {
  momentId: string;
  categoryId: string;
  effect: number;
  /** w_k: the gap for a positive (or zero) effect, importance / 5 for a negative one. */
  weight: number;
  categoryFactor: number;
  /** (effect / 3) × w_k × categoryFactor. */
  contribution: number;
}

interface ScoreBreakdown {
  /** The three crowns' parts; experience.part + cost.part + revenue.part = valueScore. */
  experience: Readonly<CrownPart>;
  cost: Readonly<CrownPart>;
  revenue: Readonly<CrownPart>;
  confidence: number;
  /** B = Σ weight × score / 100. */
  benefit: number;
  /**
   * One entry per effect link, in input order. Entries are frozen and shared
   * between initiatives with the same (moment, effect), so 100k results stay cheap.
   */
  links: readonly Readonly<LinkContribution>[];
}

export interface ScoreFlags {
  harmsExperience: boolean;
  notLinkedToOutcome: boolean;
}

export interface ScoredInitiative {
  id: string;
  /** 1 = best; null for done and cancelled work, which is scored but not ranked. */
  rank: number | null;
  scores: CrownScores;
  valueScore: number;
  priority: number;
  /** How many of the three crown scores exceed the model's crownThreshold. */
  crowns: number;
  tripleCrown: boolean;
  /** Frozen and shared (there are only four combinations). */
  flags: Readonly<ScoreFlags>;
  netAnnualBenefit: number;
  npv: number;
  /** null when the initiative never pays back (net annual benefit <= 0). */
  paybackYears: number | null;
  breakdown: ScoreBreakdown;
}

/** The lean result of rankPortfolio. */
export interface RankedInitiative {
  id: string;
  /** null for done and cancelled work. */
  rank: number | null;
  valueScore: number;
  priority: number;
}

// ----------------------------------------------------------- sensitivity

export interface SensitivityScenario {
  crown: Crown;
  delta: -10 | 10;
  /** The (possibly fractional) weights of this scenario, summing to 100. */
  weights: CrownWeights;
}

export interface SensitivityRow {
  id: string;
  /** Rank under the model's own weights; null (and every field below null) for done and cancelled work. */
  rank: number | null;
  rankMin: number | null;
  rankMax: number | null;
  /** rankMax − rankMin <= 2; null when the initiative is not ranked. */
  robust: boolean | null;
  /** Rank in each of the 6 scenarios, in the order of sensitivityScenarios(). */
  scenarios: { crown: Crown; delta: -10 | 10; rank: number | null }[];
}

// ----------------------------------------------------------- uncertainty

export interface SimulationOptions {
  /** Integer >= 1. */
  runs: number;
  /** Integer; the same seed gives the same result. */
  seed: number;
}

export interface UncertaintyRow {
  id: string;
  /** Deterministic rank (null for done and cancelled work) and valueScore, for comparison. */
  rank: number | null;
  valueScore: number;
  /** Nearest-rank percentiles of the sampled valueScore. */
  p10: number;
  p50: number;
  p90: number;
  /** Deterministic priority (value ÷ effort), the measure the ranking and the top 10 are decided on. */
  priority: number;
  /** The same percentiles of the sampled priority: effort is a point estimate, so they are the value's ÷ effort. */
  priorityP10: number;
  priorityP50: number;
  priorityP90: number;
  /** Share of runs (0..1) in which the initiative ranked 10th or better among open work; null for done and cancelled. */
  pTop10: number | null;
}

// --------------------------------------------------------------- roadmap

export type UnscheduledReason = "no_positive_value" | "blocked" | "no_capacity";
/** How a scheduled item got its place. */
export type PlacementKind = "in_progress" | "pinned" | "planned";

interface RoadmapItemBase {
  id: string;
  rank: number;
  status: InitiativeStatus;
  effort: number;
  durationPeriods: number;
  valueScore: number;
  priority: number;
  /** Candidates only (null for in-progress and pinned items). */
  effectivePriority: number | null;
  /** When effectivePriority was inherited: the candidate whose priority it took (else null). */
  pulledForwardBy: string | null;
  tripleCrown: boolean;
  /** An approved initiative pinned to a period before the current one: planned like a candidate instead. */
  stalePin: boolean;
}

export interface ScheduledRoadmapItem extends RoadmapItemBase {
  scheduled: true;
  unscheduled: false;
  kind: PlacementKind;
  /** Period index (may be < 0 for in-progress work started before the plan). */
  startPeriod: number;
  /** Last period index covered (inclusive). */
  endPeriod: number;
  /** effort / durationPeriods, used in each covered period. */
  effortPerPeriod: number;
  /** In progress but its last period is before the current period (it overran its estimate). */
  overdue: boolean;
  /** Covers periods after the last period of the plan (only in-progress or pinned items). */
  extendsBeyondPlan: boolean;
}

export interface UnscheduledRoadmapItem extends RoadmapItemBase {
  scheduled: false;
  unscheduled: true;
  kind: "unscheduled";
  reason: UnscheduledReason;
  /** For reason "blocked": the unscheduled or cancelled direct prerequisites (else null). */
  blockedBy: string[] | null;
}

export type RoadmapItem = ScheduledRoadmapItem | UnscheduledRoadmapItem;

export interface RoadmapPeriod {
  id: string;
  label: string;
  index: number;
  capacity: number;
  used: number;
  /** capacity − used; negative when over capacity. */
  remaining: number;
  overCapacity: boolean;
}

interface RoadmapTotals {
  /** Σ valueScore of scheduled items (in progress, pinned and planned). */
  valueScheduled: number;
  tripleCrownsScheduled: number;
  /** Σ effort of scheduled items (whole effort, also parts outside the plan). */
  effortScheduled: number;
  /** Σ effort of unscheduled items. */
  effortUnscheduled: number;
  scheduledCount: number;
  unscheduledCount: number;
  overCapacityPeriods: number;
}

export interface ClosedInitiative {
  id: string;
  status: "done" | "cancelled";
}

export interface PlanOptions {
  /**
   * Index of the period that contains today (an integer; may be negative or
   * >= the number of periods). Periods before it take no new work. Default 0.
   */
  currentPeriod?: number;
}

export interface Roadmap {
  /** Every proposed, approved and in-progress initiative, in ranking order. */
  items: RoadmapItem[];
  periods: RoadmapPeriod[];
  totals: RoadmapTotals;
  /** done and cancelled initiatives: not planned, use no capacity. */
  closed: ClosedInitiative[];
  /** The currentPeriod planned from, and first = clamp(currentPeriod, 0, P): no new work before it. */
  currentPeriod: number;
  firstOpenPeriod: number;
}
