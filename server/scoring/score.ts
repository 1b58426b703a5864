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
import { rankOrder } from "./rank";
import type { LinkContribution, PortfolioInput, ScoredInitiative } from "./types";
import { preparePortfolio, type PreparedPortfolio } from "./validate";

export interface ScoreArrays {
  n: number;
  ids: string[];
  experienceUnclamped: Float64Array;
  experience: Float64Array;
  cost: Float64Array;
  revenue: Float64Array;
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
    confidence: new Float64Array(n),
    effort: new Float64Array(n),
    value: new Float64Array(n),
    priority: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const init = initiatives[i]!;
    let sum = 0;
    const effects = init.effects;
    for (let k = 0; k < effects.length; k++) {
      const link = effects[k]!;
      const m = prep.momentIndex.get(link.momentId)!;
      sum += linkContribution(link.effect, linkWeight(prep, m, link.effect), prep.momentFactor[m]!);
    }
    const eRaw = 10 * sum;
    const sE = clamp10(eRaw);
    const sC = clamp10(moneyScoreUnclamped(init.costReduction.likely, matC));
    const sR = clamp10(moneyScoreUnclamped(init.revenueGrowth.likely, matR));
    const v = valueScore(init.confidence, benefit(wE, sE, wC, sC, wR, sR));
    out.ids[i] = init.id;
    out.experienceUnclamped[i] = eRaw;
    out.experience[i] = sE;
    out.cost[i] = sC;
    out.revenue[i] = sR;
    out.confidence[i] = init.confidence;
    out.effort[i] = init.effort;
    out.value[i] = v;
    out.priority[i] = v / init.effort;
  }
  return out;
}

function explain(
  prep: PreparedPortfolio,
  s: ScoreArrays,
  i: number,
  rank: number,
  powers: Float64Array,
): ScoredInitiative {
  const { model } = prep.input;
  const init = prep.input.initiatives[i]!;
  const w = model.weights;
  const conf = s.confidence[i]!;
  const sE = s.experience[i]!;
  const sC = s.cost[i]!;
  const sR = s.revenue[i]!;
  const links: LinkContribution[] = new Array<LinkContribution>(init.effects.length);
  for (let k = 0; k < init.effects.length; k++) {
    const link = init.effects[k]!;
    const m = prep.momentIndex.get(link.momentId)!;
    const wk = linkWeight(prep, m, link.effect);
    const factor = prep.momentFactor[m]!;
    links[k] = {
      momentId: link.momentId,
      categoryId: prep.momentCategory[m]!,
      effect: link.effect,
      weight: wk,
      categoryFactor: factor,
      contribution: linkContribution(link.effect, wk, factor),
    };
  }
  const nab = init.costReduction.likely + model.revenueMargin * init.revenueGrowth.likely;
  const crowns = (sE > 0 ? 1 : 0) + (sC > 0 ? 1 : 0) + (sR > 0 ? 1 : 0);
  return {
    id: init.id,
    rank,
    scores: { experience: sE, cost: sC, revenue: sR },
    valueScore: s.value[i]!,
    priority: s.priority[i]!,
    crowns,
    tripleCrown: crowns === 3,
    flags: { harmsExperience: sE < 0, notLinkedToOutcome: init.effects.length === 0 },
    netAnnualBenefit: nab,
    npv: npv(init.investment, nab, powers),
    paybackYears: paybackYears(init.investment, nab),
    breakdown: {
      crowns: {
        experience: { score: sE, unclamped: s.experienceUnclamped[i]!, weight: w.experience, part: crownPart(conf, w.experience, sE) },
        cost: {
          score: sC,
          unclamped: moneyScoreUnclamped(init.costReduction.likely, model.materialAmount.cost),
          weight: w.cost,
          part: crownPart(conf, w.cost, sC),
        },
        revenue: {
          score: sR,
          unclamped: moneyScoreUnclamped(init.revenueGrowth.likely, model.materialAmount.revenue),
          weight: w.revenue,
          part: crownPart(conf, w.revenue, sR),
        },
      },
      confidence: conf,
      benefit: benefit(w.experience, sE, w.cost, sC, w.revenue, sR),
      links,
    },
  };
}

/** Every initiative scored, explained and ranked; the array is in rank order (rank 1 first). */
export function scorePortfolio(input: PortfolioInput): ScoredInitiative[] {
  const prep = preparePortfolio(input);
  const s = computeScores(prep);
  const order = rankOrder(s.priority, s.value, s.ids);
  const powers = discountFactors(input.model.discountRate, input.model.horizonYears);
  const out = new Array<ScoredInitiative>(s.n);
  for (let r = 0; r < s.n; r++) out[r] = explain(prep, s, order[r]!, r + 1, powers);
  return out;
}
