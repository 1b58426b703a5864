// Scores of docs/scoring.md section 3. computeScores fills flat arrays (what
// ranking, planning, sensitivity and Monte Carlo need); scorePortfolio turns
// them into explained ScoredInitiative objects (explain.ts).
import { explainAll, Explainer, linkWeight } from "./explain";
import { benefit, clamp10, linkContribution, moneyScoreUnclamped, valueScore } from "./formulas";
import { crownThresholdOf } from "./model";
import { isOpenStatus, openFirst, rankOrder, ranksOf } from "./rank";
import type { PortfolioInput, RankedInitiative, ScoredInitiative } from "./types";
import { preparePortfolio, type PreparedPortfolio } from "./validate";

export interface ScoreArrays {
  n: number;
  /** The validated input's ids (shared, not copied). */
  ids: string[];
  experience: Float64Array;
  cost: Float64Array;
  revenue: Float64Array;
  /** 1 where the score was capped at ±10. */
  experienceClamped: Uint8Array;
  costClamped: Uint8Array;
  revenueClamped: Uint8Array;
  confidence: Float64Array;
  effort: Float64Array;
  value: Float64Array;
  priority: Float64Array;
  /** How many crown scores exceed the model's crown threshold (0..3). */
  crowns: Uint8Array;
  /** 1 for open work (proposed, approved, in_progress): the only work that is ranked. */
  open: Uint8Array;
}

export function computeScores(prep: PreparedPortfolio): ScoreArrays {
  const { initiatives, model } = prep.input;
  const n = initiatives.length;
  const { experience: wE, cost: wC, revenue: wR } = model.weights;
  const matC = model.materialAmount.cost;
  const matR = model.materialAmount.revenue;
  const threshold = crownThresholdOf(model);
  const out: ScoreArrays = {
    n,
    ids: prep.ids,
    experience: new Float64Array(n),
    cost: new Float64Array(n),
    revenue: new Float64Array(n),
    experienceClamped: new Uint8Array(n),
    costClamped: new Uint8Array(n),
    revenueClamped: new Uint8Array(n),
    confidence: new Float64Array(n),
    effort: new Float64Array(n),
    value: new Float64Array(n),
    priority: new Float64Array(n),
    crowns: new Uint8Array(n),
    open: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const init = initiatives[i]!;
    let sum = 0;
    const effects = init.effects;
    const base = prep.effectStart[i]!;
    for (let k = 0; k < effects.length; k++) {
      const effect = effects[k]!.effect;
      const m = prep.effectMoment[base + k]!;
      sum += linkContribution(effect, linkWeight(prep, m, effect), prep.momentFactor[m]!);
    }
    const eRaw = 10 * sum;
    const sE = clamp10(eRaw);
    const cRaw = moneyScoreUnclamped(init.costReduction.likely, matC);
    const rRaw = moneyScoreUnclamped(init.revenueGrowth.likely, matR);
    const sC = clamp10(cRaw);
    const sR = clamp10(rRaw);
    const v = valueScore(init.confidence, benefit(wE, sE, wC, sC, wR, sR));
    out.experienceClamped[i] = eRaw !== sE ? 1 : 0;
    out.experience[i] = sE;
    out.cost[i] = sC;
    out.revenue[i] = sR;
    out.costClamped[i] = cRaw !== sC ? 1 : 0;
    out.revenueClamped[i] = rRaw !== sR ? 1 : 0;
    out.confidence[i] = init.confidence;
    out.effort[i] = init.effort;
    out.value[i] = v;
    out.priority[i] = v / init.effort;
    out.crowns[i] = (sE > threshold ? 1 : 0) + (sC > threshold ? 1 : 0) + (sR > threshold ? 1 : 0);
    out.open[i] = isOpenStatus(init.status) ? 1 : 0;
  }
  return out;
}

/** A validated portfolio with its scores and ranking, shared by every entry point. */
export interface RankedPortfolio {
  prep: PreparedPortfolio;
  s: ScoreArrays;
  /**
   * Initiative indices: the open ones best first (order[0 .. openCount) is
   * the ranking), then done and cancelled ones by the same rule.
   */
  order: Int32Array;
  /** How many initiatives are open (ranked). */
  openCount: number;
  /** 1-based rank by initiative index; 0 for done and cancelled (no rank). */
  rank: Int32Array;
}

export function rankedPortfolio(input: PortfolioInput): RankedPortfolio {
  const prep = preparePortfolio(input);
  const s = computeScores(prep);
  const order = rankOrder(s.priority, s.value, s.ids);
  const openCount = openFirst(order, s.open);
  return { prep, s, order, openCount, rank: ranksOf(order, openCount) };
}

/**
 * Every initiative scored and explained; open work ranked. The array holds the
 * open initiatives in rank order (rank 1 first), then the done and cancelled
 * ones (rank null) in the same priority order.
 */
export function scorePortfolio(input: PortfolioInput): ScoredInitiative[] {
  return explainAll(rankedPortfolio(input));
}

/**
 * The ranking alone, without explanations: what a live preview of new weights
 * needs, at a fraction of the cost of scorePortfolio on big portfolios.
 */
export function rankPortfolio(input: PortfolioInput): RankedInitiative[] {
  const { s, order, openCount } = rankedPortfolio(input);
  const out = new Array<RankedInitiative>(s.n);
  for (let r = 0; r < s.n; r++) {
    const i = order[r]!;
    out[r] = { id: s.ids[i]!, rank: r < openCount ? r + 1 : null, valueScore: s.value[i]!, priority: s.priority[i]! };
  }
  return out;
}

/**
 * Scores and ranks without building explanations (docs/scoring.md §7, v2): flat
 * typed arrays by input index, and `explain(i)` for the rows a person looks at.
 * The numbers are exactly those of scorePortfolio (same code computes them).
 * Treat the arrays as read-only.
 */
export interface LeanScores {
  n: number;
  /** Initiative ids by input index. */
  ids: readonly string[];
  experience: Float64Array;
  cost: Float64Array;
  revenue: Float64Array;
  value: Float64Array;
  priority: Float64Array;
  /** Crowns above the model's threshold, 0..3. */
  crowns: Uint8Array;
  /** 1-based rank by input index; 0 for done and cancelled work (rank null). */
  rank: Int32Array;
  /** Input indices: open work in rank order, then done and cancelled work. */
  order: Int32Array;
  /** How many initiatives are ranked (the first openCount entries of order). */
  openCount: number;
  /** The full explained result of the initiative at input index i. */
  explain(i: number): ScoredInitiative;
}

export function scorePortfolioLean(input: PortfolioInput): LeanScores {
  const ranked = rankedPortfolio(input);
  const { s, order, openCount, rank } = ranked;
  let explainer: Explainer | undefined;
  return {
    n: s.n,
    ids: s.ids,
    experience: s.experience,
    cost: s.cost,
    revenue: s.revenue,
    value: s.value,
    priority: s.priority,
    crowns: s.crowns,
    rank,
    order,
    openCount,
    explain: (i: number) => {
      if (!Number.isInteger(i) || i < 0 || i >= s.n) throw new RangeError(`no initiative at index ${i}`);
      return (explainer ??= new Explainer(ranked)).explain(i);
    },
  };
}
