// Weight sensitivity of docs/scoring.md section 4: does the ranking survive a
// ±10-point change of any crown's weight?
import { benefit, valueScore } from "./formulas";
import { openFirst, rankOrder, ranksOf } from "./rank";
import { rankedPortfolio, type RankedPortfolio } from "./score";
import type { Crown, CrownWeights, PortfolioInput, SensitivityRow, SensitivityScenario } from "./types";
import { CROWNS } from "./types";

const DELTAS = [-10, 10] as const;
/** A rank spread of at most this many places counts as robust. */
export const ROBUST_SPREAD = 2;

/**
 * The 6 scenarios, in the order crown (experience, cost, revenue) × delta (−10, +10):
 * the crown's weight moves by delta (clamped to 0..100), the other two share
 * the rest in proportion to their current weights, equally when both are 0.
 */
export function sensitivityScenarios(weights: CrownWeights): SensitivityScenario[] {
  const out: SensitivityScenario[] = [];
  for (const crown of CROWNS) {
    const others = CROWNS.filter((c): c is Crown => c !== crown);
    const a = others[0]!;
    const b = others[1]!;
    for (const delta of DELTAS) {
      const x = Math.min(100, Math.max(0, weights[crown] + delta));
      const rest = 100 - x;
      const sum = weights[a] + weights[b];
      const w = { [crown]: x } as Record<Crown, number>;
      w[a] = sum === 0 ? rest / 2 : (rest * weights[a]) / sum;
      w[b] = sum === 0 ? rest / 2 : (rest * weights[b]) / sum;
      out.push({ crown, delta, weights: { experience: w.experience, cost: w.cost, revenue: w.revenue } });
    }
  }
  return out;
}

/**
 * One row per initiative, in base rank order. Confidence stays in the value
 * score of every scenario: only the weights move.
 */
export function weightSensitivity(input: PortfolioInput): SensitivityRow[] {
  return sensitivityOf(rankedPortfolio(input));
}

/**
 * Only open work is ranked in each scenario (docs/scoring.md §4, v2): done and
 * cancelled initiatives keep a row, in the base order after the open ones,
 * with every rank, rankMin, rankMax and robust null.
 */
export function sensitivityOf({ prep, s, order: baseOrder, openCount, rank: baseRank }: RankedPortfolio): SensitivityRow[] {
  const n = s.n;
  const scenarios = sensitivityScenarios(prep.input.model.weights);

  const value = new Float64Array(n);
  const priority = new Float64Array(n);
  const scenarioRanks = scenarios.map((sc) => {
    const { experience: wE, cost: wC, revenue: wR } = sc.weights;
    for (let i = 0; i < n; i++) {
      const v = valueScore(s.confidence[i]!, benefit(wE, s.experience[i]!, wC, s.cost[i]!, wR, s.revenue[i]!));
      value[i] = v;
      priority[i] = v / s.effort[i]!;
    }
    const order = rankOrder(priority, value, s.ids);
    return ranksOf(order, openFirst(order, s.open));
  });

  const rows = new Array<SensitivityRow>(n);
  for (let r = 0; r < n; r++) {
    const i = baseOrder[r]!;
    const perScenario = new Array<SensitivityRow["scenarios"][number]>(scenarios.length);
    if (r >= openCount) {
      for (let k = 0; k < scenarios.length; k++) perScenario[k] = { crown: scenarios[k]!.crown, delta: scenarios[k]!.delta, rank: null };
      rows[r] = { id: s.ids[i]!, rank: null, rankMin: null, rankMax: null, robust: null, scenarios: perScenario };
      continue;
    }
    let min = r + 1;
    let max = r + 1;
    for (let k = 0; k < scenarios.length; k++) {
      const rank = scenarioRanks[k]![i]!;
      if (rank < min) min = rank;
      if (rank > max) max = rank;
      perScenario[k] = { crown: scenarios[k]!.crown, delta: scenarios[k]!.delta, rank };
    }
    rows[r] = { id: s.ids[i]!, rank: baseRank[i]!, rankMin: min, rankMax: max, robust: max - min <= ROBUST_SPREAD, scenarios: perScenario };
  }
  return rows;
}
