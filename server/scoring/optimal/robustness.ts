// How robust the optimal plan is to the uncertainty of docs/scoring.md section 5
// (the "core index"): the optimal plan of each Monte Carlo sample, and per open
// initiative the share of samples whose plan schedules it. Samples are drawn
// exactly as simulatePortfolio draws its runs (same generator, same seed, two
// uniforms per initiative per run: cost, then revenue, in input order), so run
// r of a simulation and sample r here are the same portfolio.
import { ScoringInputError, type ScoringIssue } from "../errors";
import { benefit, clamp10, moneyScoreUnclamped, valueScore } from "../formulas";
import { triangularQuantile } from "../montecarlo";
import { Sfc32 } from "../prng";
import { rankedPortfolio, type RankedPortfolio } from "../score";
import type { Period, PortfolioInput } from "../types";
import { validatePeriods, validatePlanOptions } from "../validate";
import { Budget } from "./budget";
import { contextOf } from "./context";
import { greedyOutcome } from "./greedy";
import { MAX_TIME_LIMIT_MS, MIN_TIME_LIMIT_MS } from "./options";
import { searchPlan } from "./search";
import { solver } from "./solver";
import type { PlanRobustness, RobustnessOptions, RobustnessVerdict } from "./types";

export const MAX_ROBUSTNESS_SAMPLES = 200;
/** Per sample: many short solves (a sample's plan matters less than the share over all of them). */
export const DEFAULT_SAMPLE_TIME_LIMIT_MS = 500;
export const ROBUST_IN = 0.9;
export const ROBUST_OUT = 0.1;

export function verdictOf(share: number): RobustnessVerdict {
  return share >= ROBUST_IN ? "robust_in" : share <= ROBUST_OUT ? "robust_out" : "borderline";
}

function validate(options: RobustnessOptions): number {
  validatePlanOptions(options);
  const issues: ScoringIssue[] = [];
  const { samples, seed, timeLimitMs } = options ?? ({} as RobustnessOptions);
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_ROBUSTNESS_SAMPLES) {
    issues.push({
      path: "options.samples",
      ids: [],
      message: `samples must be a whole number from 1 to ${MAX_ROBUSTNESS_SAMPLES} (got ${String(samples)})`,
    });
  }
  if (!Number.isInteger(seed)) issues.push({ path: "options.seed", ids: [], message: `seed must be a whole number (got ${String(seed)})` });
  const limit = timeLimitMs ?? DEFAULT_SAMPLE_TIME_LIMIT_MS;
  if (!Number.isInteger(limit) || limit < MIN_TIME_LIMIT_MS || limit > MAX_TIME_LIMIT_MS) {
    issues.push({
      path: "options.timeLimitMs",
      ids: [],
      message: `timeLimitMs must be a whole number of milliseconds from ${MIN_TIME_LIMIT_MS} to ${MAX_TIME_LIMIT_MS} (got ${String(timeLimitMs)})`,
    });
  }
  if (issues.length > 0) throw new ScoringInputError(issues);
  return limit;
}

/** The same ranked portfolio with sampled values (and so priorities); ranks and order stay those of the estimates. */
function sampled(ranked: RankedPortfolio, rng: Sfc32): RankedPortfolio {
  const { input } = ranked.prep;
  const { s } = ranked;
  const { experience: wE, cost: wC, revenue: wR } = input.model.weights;
  const value = new Float64Array(s.n);
  const priority = new Float64Array(s.n);
  for (let i = 0; i < s.n; i++) {
    const init = input.initiatives[i]!;
    const c = init.costReduction;
    const r = init.revenueGrowth;
    const cost = triangularQuantile(rng.next(), c.low, c.likely, c.high);
    const revenue = triangularQuantile(rng.next(), r.low, r.likely, r.high);
    const sC = clamp10(moneyScoreUnclamped(cost, input.model.materialAmount.cost));
    const sR = clamp10(moneyScoreUnclamped(revenue, input.model.materialAmount.revenue));
    value[i] = valueScore(s.confidence[i]!, benefit(wE, s.experience[i]!, wC, sC, wR, sR));
    priority[i] = value[i]! / s.effort[i]!;
  }
  return { ...ranked, s: { ...s, value, priority } };
}

export async function planRobustness(
  input: PortfolioInput,
  periods: readonly Period[],
  options: RobustnessOptions,
): Promise<PlanRobustness> {
  const ranked = rankedPortfolio(input);
  validatePeriods(periods);
  const limit = validate(options);
  const highs = await solver();
  const rng = new Sfc32(options.seed);
  const n = ranked.s.n;
  const hits = new Uint32Array(n);
  let optimalSamples = 0;
  for (let k = 0; k < options.samples; k++) {
    const ctx = contextOf(sampled(ranked, rng), periods, options.currentPeriod ?? 0, [], [], limit);
    const greedy = greedyOutcome(ctx);
    const result = searchPlan(ctx, highs, new Budget(limit / 1000), new Uint8Array(n), greedy.placement);
    if (result.outcome === "optimal") optimalSamples++;
    for (let i = 0; i < n; i++) hits[i]! += result.placement!.scheduled[i]!;
  }
  const { order, openCount, rank, s } = ranked;
  const rows = [];
  for (let r = 0; r < openCount; r++) {
    const i = order[r]!;
    const share = hits[i]! / options.samples;
    rows.push({ id: s.ids[i]!, rank: rank[i]!, share, verdict: verdictOf(share) });
  }
  return { samples: options.samples, optimalSamples, rows };
}
