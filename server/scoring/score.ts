// Scores of scoring.md section 2. computeScores fills flat arrays (what
// ranking, planning, sensitivity and Monte Carlo need); scorePortfolio turns
// them into explained ScoredInitiative objects.
import {
  benefit,
  clamp10,
  crownPart,
  discountFactors,
  linkContribution,
  moneyScoreUnclamped,
  npv,
  paybackYears,
  valueScore,
} from "./formulas";
import { rankOrder, ranksOf } from "./rank";
import type { Crown, CrownPart, LinkContribution, PortfolioInput, RankedInitiative, ScoredInitiative, ScoreFlags } from "./types";
import { preparePortfolio, type PreparedPortfolio } from "./validate";

export interface ScoreArrays {
  n: number;
  ids: string[];
  experienceUnclamped: Float64Array;
  experience: Float64Array;
  cost: Float64Array;
  revenue: Float64Array;
  /** 1 where the money score was capped at ±10. */
  costClamped: Uint8Array;
  revenueClamped: Uint8Array;
  confidence: Float64Array;
  effort: Float64Array;
  value: Float64Array;
  priority: Float64Array;
}

/** w_k of one link: the gap when the effect helps (or is 0), importance / 5 when it harms. */
function linkWeight(prep: PreparedPortfolio, moment: number, effect: number): number {
  return effect < 0 ? prep.momentHarm[moment]! : prep.momentGap[moment]!;
}

export function computeScores(prep: PreparedPortfolio): ScoreArrays {
  const { initiatives, model } = prep.input;
  const n = initiatives.length;
  const { experience: wE, cost: wC, revenue: wR } = model.weights;
  const matC = model.materialAmount.cost;
  const matR = model.materialAmount.revenue;
  const out: ScoreArrays = {
    n,
    ids: new Array<string>(n),
    experienceUnclamped: new Float64Array(n),
    experience: new Float64Array(n),
    cost: new Float64Array(n),
    revenue: new Float64Array(n),
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
    out.ids[i] = init.id;
    out.experienceUnclamped[i] = eRaw;
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

const FLAGS: readonly Readonly<ScoreFlags>[] = [
  Object.freeze({ harmsExperience: false, notLinkedToOutcome: false }),
  Object.freeze({ harmsExperience: false, notLinkedToOutcome: true }),
  Object.freeze({ harmsExperience: true, notLinkedToOutcome: false }),
  Object.freeze({ harmsExperience: true, notLinkedToOutcome: true }),
];
const NO_LINKS: readonly Readonly<LinkContribution>[] = Object.freeze([]);

/**
 * A link's explanation depends only on its moment and effect, so results share
 * one frozen object per (moment, effect): at 100k initiatives this saves
 * several hundred thousand allocations.
 */
class LinkExplanations {
  private readonly cache: (Readonly<LinkContribution> | undefined)[];
  constructor(private readonly prep: PreparedPortfolio) {
    this.cache = new Array<Readonly<LinkContribution> | undefined>(prep.momentGap.length * 7);
  }
  get(m: number, effect: number): Readonly<LinkContribution> {
    const key = m * 7 + effect + 3;
    let link = this.cache[key];
    if (link === undefined) {
      const wk = linkWeight(this.prep, m, effect);
      const factor = this.prep.momentFactor[m]!;
      link = Object.freeze({
        momentId: this.prep.input.moments[m]!.id,
        categoryId: this.prep.momentCategory[m]!,
        effect,
        weight: wk,
        categoryFactor: factor,
        contribution: linkContribution(effect, wk, factor),
      });
      this.cache[key] = link;
    }
    return link;
  }
}

function explain(
  prep: PreparedPortfolio,
  s: ScoreArrays,
  i: number,
  rank: number,
  powers: Float64Array,
  linkCache: LinkExplanations,
  zeroParts: Record<Crown, Readonly<CrownPart>>,
): ScoredInitiative {
  const { model } = prep.input;
  const init = prep.input.initiatives[i]!;
  const w = model.weights;
  const conf = s.confidence[i]!;
  const sE = s.experience[i]!;
  const sC = s.cost[i]!;
  const sR = s.revenue[i]!;
  const effects = init.effects;
  let links = NO_LINKS;
  if (effects.length > 0) {
    const list = new Array<Readonly<LinkContribution>>(effects.length);
    const base = prep.effectStart[i]!;
    for (let k = 0; k < effects.length; k++) list[k] = linkCache.get(prep.effectMoment[base + k]!, effects[k]!.effect);
    links = list;
  }
  const nab = init.costReduction.likely + model.revenueMargin * init.revenueGrowth.likely;
  const crowns = (sE > 0 ? 1 : 0) + (sC > 0 ? 1 : 0) + (sR > 0 ? 1 : 0);
  const flags = FLAGS[(sE < 0 ? 2 : 0) + (effects.length === 0 ? 1 : 0)]!;
  return {
    id: init.id,
    rank,
    scores: { experience: sE, cost: sC, revenue: sR },
    valueScore: s.value[i]!,
    priority: s.priority[i]!,
    crowns,
    tripleCrown: crowns === 3,
    flags,
    netAnnualBenefit: nab,
    npv: npv(init.investment, nab, powers),
    paybackYears: paybackYears(init.investment, nab),
    breakdown: {
      // A crown scoring 0 contributes nothing whatever the confidence: share one frozen part.
      experience: sE === 0 ? zeroParts.experience : { score: sE, clamped: s.experienceUnclamped[i]! !== sE, weight: w.experience, part: crownPart(conf, w.experience, sE) },
      cost: sC === 0 ? zeroParts.cost : { score: sC, clamped: s.costClamped[i] === 1, weight: w.cost, part: crownPart(conf, w.cost, sC) },
      revenue: sR === 0 ? zeroParts.revenue : { score: sR, clamped: s.revenueClamped[i] === 1, weight: w.revenue, part: crownPart(conf, w.revenue, sR) },
      confidence: conf,
      benefit: benefit(w.experience, sE, w.cost, sC, w.revenue, sR),
      links,
    },
  };
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

export function explainAll({ prep, s, order }: RankedPortfolio): ScoredInitiative[] {
  const { model } = prep.input;
  const powers = discountFactors(model.discountRate, model.horizonYears);
  const out = new Array<ScoredInitiative>(s.n);
  const linkCache = new LinkExplanations(prep);
  const w = model.weights;
  const zero = (weight: number): Readonly<CrownPart> => Object.freeze({ score: 0, clamped: false, weight, part: 0 });
  const zeroParts = { experience: zero(w.experience), cost: zero(w.cost), revenue: zero(w.revenue) };
  for (let r = 0; r < s.n; r++) out[r] = explain(prep, s, order[r]!, r + 1, powers, linkCache, zeroParts);
  return out;
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
