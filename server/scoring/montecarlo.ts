// Uncertainty of docs/scoring.md section 5: sample cost and revenue from their
// triangular (low, likely, high) distributions and report valueScore
// percentiles and how often each initiative makes the top 10.
import { benefit, clamp10, moneyScoreUnclamped, valueScore } from "./formulas";
import { Sfc32 } from "./prng";
import { compareIds } from "./rank";
import { rankedPortfolio } from "./score";
import type { PortfolioInput, SimulationOptions, UncertaintyRow } from "./types";
import { validateSimulationOptions } from "./validate";

export const TOP_N = 10;

/**
 * Inverse CDF of the triangular distribution: the value below which a share
 * u (in [0, 1)) of outcomes fall. low = high gives the fixed value likely.
 */
export function triangularQuantile(u: number, low: number, likely: number, high: number): number {
  if (low === high) return likely;
  const span = high - low;
  const split = (likely - low) / span;
  return u < split ? low + Math.sqrt(u * span * (likely - low)) : high - Math.sqrt((1 - u) * span * (high - likely));
}

/**
 * Nearest-rank percentile: the smallest sample such that at least p % of the
 * samples are <= it, i.e. sorted[ceil(p / 100 × n) − 1] (sorted ascending, p in 1..100).
 */
export function nearestRankPercentile(sortedAscending: ArrayLike<number>, p: number): number {
  const n = sortedAscending.length;
  const index = Math.max(1, Math.ceil((p * n) / 100)) - 1;
  return sortedAscending[index]!;
}

/** True when initiative a ranks before b under the rules of section 2. */
function ranksBefore(pa: number, va: number, ida: string, pb: number, vb: number, idb: string): boolean {
  if (pa !== pb) return pa > pb;
  if (va !== vb) return va > vb;
  return compareIds(ida, idb) < 0;
}

/**
 * One row per initiative: open work in deterministic rank order, then done
 * and cancelled work (percentiles computed, rank and pTop10 null). Each run draws two
 * uniforms per initiative (cost, then revenue), in input order, even when an
 * estimate is fixed, so editing one estimate never reshuffles the others' draws.
 */
export function simulatePortfolio(input: PortfolioInput, options: SimulationOptions): UncertaintyRow[] {
  const { s, order, rank, openCount } = rankedPortfolio(input);
  validateSimulationOptions(options, input.initiatives.length);
  const n = s.n;
  const runs = options.runs;
  const { experience: wE, cost: wC, revenue: wR } = input.model.weights;
  const matC = input.model.materialAmount.cost;
  const matR = input.model.materialAmount.revenue;

  // Flat copies of the estimates: the hot loop reads typed arrays only.
  const cLow = new Float64Array(n),
    cLikely = new Float64Array(n),
    cHigh = new Float64Array(n);
  const rLow = new Float64Array(n),
    rLikely = new Float64Array(n),
    rHigh = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const init = input.initiatives[i]!;
    cLow[i] = init.costReduction.low;
    cLikely[i] = init.costReduction.likely;
    cHigh[i] = init.costReduction.high;
    rLow[i] = init.revenueGrowth.low;
    rLikely[i] = init.revenueGrowth.likely;
    rHigh[i] = init.revenueGrowth.high;
  }

  // samples[i * runs + r]: each initiative's runs are contiguous, ready to sort.
  const samples = new Float64Array(n * runs);
  const topHits = new Uint32Array(n);
  const topIdx = new Int32Array(TOP_N);
  const topPri = new Float64Array(TOP_N);
  const topVal = new Float64Array(TOP_N);
  const rng = new Sfc32(options.seed);
  const ids = s.ids;

  for (let r = 0; r < runs; r++) {
    let count = 0;
    for (let i = 0; i < n; i++) {
      const cost = triangularQuantile(rng.next(), cLow[i]!, cLikely[i]!, cHigh[i]!);
      const revenue = triangularQuantile(rng.next(), rLow[i]!, rLikely[i]!, rHigh[i]!);
      const sC = clamp10(moneyScoreUnclamped(cost, matC));
      const sR = clamp10(moneyScoreUnclamped(revenue, matR));
      const v = valueScore(s.confidence[i]!, benefit(wE, s.experience[i]!, wC, sC, wR, sR));
      const p = v / s.effort[i]!;
      samples[i * runs + r] = v;
      // Done and cancelled work is scored but never takes a top-10 place (§4, v2).
      if (s.open[i] === 0) continue;

      // Keep the best TOP_N of this run sorted (insertion): no full sort per run.
      if (count === TOP_N && !ranksBefore(p, v, ids[i]!, topPri[TOP_N - 1]!, topVal[TOP_N - 1]!, ids[topIdx[TOP_N - 1]!]!)) continue;
      let k = count < TOP_N ? count++ : TOP_N - 1;
      while (k > 0 && ranksBefore(p, v, ids[i]!, topPri[k - 1]!, topVal[k - 1]!, ids[topIdx[k - 1]!]!)) {
        topIdx[k] = topIdx[k - 1]!;
        topPri[k] = topPri[k - 1]!;
        topVal[k] = topVal[k - 1]!;
        k--;
      }
      topIdx[k] = i;
      topPri[k] = p;
      topVal[k] = v;
    }
    for (let k = 0; k < count; k++) topHits[topIdx[k]!]!++;
  }

  const rows = new Array<UncertaintyRow>(n);
  for (let q = 0; q < n; q++) {
    const i = order[q]!;
    const mine = samples.subarray(i * runs, (i + 1) * runs).sort();
    rows[q] = {
      id: ids[i]!,
      rank: q < openCount ? rank[i]! : null,
      valueScore: s.value[i]!,
      p10: nearestRankPercentile(mine, 10),
      p50: nearestRankPercentile(mine, 50),
      p90: nearestRankPercentile(mine, 90),
      // Effort does not vary between runs and is positive, so each priority percentile is the value's ÷ effort.
      priority: s.priority[i]!,
      priorityP10: nearestRankPercentile(mine, 10) / s.effort[i]!,
      priorityP50: nearestRankPercentile(mine, 50) / s.effort[i]!,
      priorityP90: nearestRankPercentile(mine, 90) / s.effort[i]!,
      pTop10: q < openCount ? topHits[i]! / runs : null,
    };
  }
  return rows;
}
