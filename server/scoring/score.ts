// Scores of scoring.md section 2. computeScores fills flat arrays (what
// ranking, planning, sensitivity and Monte Carlo need); scorePortfolio turns
// them into explained ScoredInitiative objects (explain.ts).
import { explainAll, linkWeight } from "./explain";
import { benefit, clamp10, linkContribution, moneyScoreUnclamped, valueScore } from "./formulas";
import { rankOrder, ranksOf } from "./rank";
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
}

export function computeScores(prep: PreparedPortfolio): ScoreArrays {
  const { initiatives, model } = prep.input;
  const n = initiatives.length;
  const { experience: wE, cost: wC, revenue: wR } = model.weights;
  const matC = model.materialAmount.cost;
  const matR = model.materialAmount.revenue;
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
  }
  return out;
}

/** A validated portfolio with its scores and ranking, shared by every entry point. */
export interface RankedPortfolio {
  prep: PreparedPortfolio;
  s: ScoreArrays;
  /** Initiative indices, best first. */
  order: Int32Array;
  /** 1-based rank by initiative index. */
  rank: Int32Array;
}

export function rankedPortfolio(input: PortfolioInput): RankedPortfolio {
  const prep = preparePortfolio(input);
  const s = computeScores(prep);
  const order = rankOrder(s.priority, s.value, s.ids);
  return { prep, s, order, rank: ranksOf(order) };
}

/** Every initiative scored, explained and ranked; the array is in rank order (rank 1 first). */
export function scorePortfolio(input: PortfolioInput): ScoredInitiative[] {
  return explainAll(rankedPortfolio(input));
}

/**
 * The ranking alone, without explanations: what a live preview of new weights
 * needs, at a fraction of the cost of scorePortfolio on big portfolios.
 */
export function rankPortfolio(input: PortfolioInput): RankedInitiative[] {
  const { s, order } = rankedPortfolio(input);
  const out = new Array<RankedInitiative>(s.n);
  for (let r = 0; r < s.n; r++) {
    const i = order[r]!;
    out[r] = { id: s.ids[i]!, rank: r + 1, valueScore: s.value[i]!, priority: s.priority[i]! };
  }
  return out;
}
