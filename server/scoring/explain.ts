// Turns the flat score arrays into explained ScoredInitiative objects.
//
// At 100k initiatives this is the costliest step of scorePortfolio, and on
// this project's VMs its cost is memory, not arithmetic: every fresh 4 KB page
// the heap grows into costs a page fault of ~13 µs (bench/alloc-probe.ts
// shows it). So results share every part whose value repeats (frozen objects,
// never mutated by callers), and the inputs are read in input order.
import { benefit, crownPart, discountFactors, linkContribution, npv, paybackYears } from "./formulas";
import type { RankedPortfolio, ScoreArrays } from "./score";
import type { CrownPart, EffectLink, LinkContribution, ScoredInitiative, ScoreFlags } from "./types";
import type { PreparedPortfolio } from "./validate";

const FLAGS: readonly Readonly<ScoreFlags>[] = [
  Object.freeze({ harmsExperience: false, notLinkedToOutcome: false }),
  Object.freeze({ harmsExperience: false, notLinkedToOutcome: true }),
  Object.freeze({ harmsExperience: true, notLinkedToOutcome: false }),
  Object.freeze({ harmsExperience: true, notLinkedToOutcome: true }),
];
const NO_LINKS: readonly Readonly<LinkContribution>[] = Object.freeze([]);

/** w_k of one link: the gap when the effect helps (or is 0), importance / 5 when it harms. */
export function linkWeight(prep: PreparedPortfolio, moment: number, effect: number): number {
  return effect < 0 ? prep.momentHarm[moment]! : prep.momentGap[moment]!;
}

/**
 * A link's explanation depends only on its moment and effect, so results share
 * one frozen object per (moment, effect): at 100k initiatives this saves
 * several hundred thousand allocations.
 */
class LinkExplanations {
  private readonly cache: (Readonly<LinkContribution> | undefined)[];
  private readonly lists = new Map<number, readonly Readonly<LinkContribution>[]>();
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

  /**
   * The explained links of one initiative. Lists of up to three links are
   * shared between initiatives with the same (moment, effect) pairs, keyed by
   * one number; longer lists are built each time.
   */
  list(base: number, effects: readonly EffectLink[]): readonly Readonly<LinkContribution>[] {
    const n = effects.length;
    const radix = this.cache.length + 1;
    if (n > 3 || radix * radix * radix > Number.MAX_SAFE_INTEGER) return this.build(base, effects);
    let key = 0;
    for (let k = 0; k < n; k++) key = key * radix + (this.prep.effectMoment[base + k]! * 7 + effects[k]!.effect + 4);
    let list = this.lists.get(key);
    if (list === undefined) {
      list = Object.freeze(this.build(base, effects));
      this.lists.set(key, list);
    }
    return list;
  }

  private build(base: number, effects: readonly EffectLink[]): Readonly<LinkContribution>[] {
    const list = new Array<Readonly<LinkContribution>>(effects.length);
    for (let k = 0; k < effects.length; k++) list[k] = this.get(this.prep.effectMoment[base + k]!, effects[k]!.effect);
    return list;
  }
}

/**
 * The parts of one crown, shared by value. A part is fully determined by
 * (confidence, score, clamped); experience scores take few distinct values and
 * money scores often sit at the ±10 cap, so most parts repeat. Unclamped money
 * scores rarely repeat and are built fresh (see explain).
 */
class SharedParts {
  /** confidence → score → part, one map for unclamped and one for clamped scores. */
  private readonly byConfidence = [
    new Map<number, Map<number, Readonly<CrownPart>>>(),
    new Map<number, Map<number, Readonly<CrownPart>>>(),
  ];
  constructor(private readonly weight: number) {}

  get(confidence: number, score: number, clamped: boolean): Readonly<CrownPart> {
    const maps = this.byConfidence[clamped ? 1 : 0]!;
    let byScore = maps.get(confidence);
    if (byScore === undefined) {
      byScore = new Map();
      maps.set(confidence, byScore);
    }
    let part = byScore.get(score);
    if (part === undefined) {
      part = Object.freeze(fresh(confidence, this.weight, score, clamped));
      byScore.set(score, part);
    }
    return part;
  }
}

function fresh(confidence: number, weight: number, score: number, clamped: boolean): CrownPart {
  return { score, clamped, weight, part: crownPart(confidence, weight, score) };
}

interface PartSharing {
  experience: SharedParts;
  cost: SharedParts;
  revenue: SharedParts;
}

function explain(
  prep: PreparedPortfolio,
  s: ScoreArrays,
  i: number,
  rank: number | null,
  powers: Float64Array,
  linkCache: LinkExplanations,
  parts: PartSharing,
): ScoredInitiative {
  const { model } = prep.input;
  const init = prep.input.initiatives[i]!;
  const w = model.weights;
  const conf = s.confidence[i]!;
  const sE = s.experience[i]!;
  const sC = s.cost[i]!;
  const sR = s.revenue[i]!;
  const costClamped = s.costClamped[i] === 1;
  const revenueClamped = s.revenueClamped[i] === 1;
  const effects = init.effects;
  const links = effects.length === 0 ? NO_LINKS : linkCache.list(prep.effectStart[i]!, effects);
  const nab = init.costReduction.likely + model.revenueMargin * init.revenueGrowth.likely;
  const crowns = s.crowns[i]!;
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
      experience: parts.experience.get(conf, sE, s.experienceClamped[i] === 1),
      cost: costClamped || sC === 0 ? parts.cost.get(conf, sC, costClamped) : fresh(conf, w.cost, sC, false),
      revenue: revenueClamped || sR === 0 ? parts.revenue.get(conf, sR, revenueClamped) : fresh(conf, w.revenue, sR, false),
      confidence: conf,
      benefit: benefit(w.experience, sE, w.cost, sC, w.revenue, sR),
      links,
    },
  };
}

/**
 * Explains single initiatives of a ranked portfolio on demand (the rows a
 * person looks at), sharing the same caches as explainAll: the numbers are
 * the same whichever way a row is explained.
 */
export class Explainer {
  private readonly powers: Float64Array;
  private readonly linkCache: LinkExplanations;
  private readonly parts: PartSharing;
  constructor(private readonly ranked: RankedPortfolio) {
    const { model } = ranked.prep.input;
    this.powers = discountFactors(model.discountRate, model.horizonYears);
    this.linkCache = new LinkExplanations(ranked.prep);
    const w = model.weights;
    this.parts = { experience: new SharedParts(w.experience), cost: new SharedParts(w.cost), revenue: new SharedParts(w.revenue) };
  }

  /** The explained result of the initiative at input index i. */
  explain(i: number): ScoredInitiative {
    const { prep, s, rank } = this.ranked;
    const r = rank[i]!;
    return explain(prep, s, i, r === 0 ? null : r, this.powers, this.linkCache, this.parts);
  }
}

/** Explained results: open work in rank order (rank 1 first), then done and cancelled work. */
export function explainAll(ranked: RankedPortfolio): ScoredInitiative[] {
  const { s, order } = ranked;
  const explainer = new Explainer(ranked);
  const position = new Int32Array(s.n);
  for (let r = 0; r < s.n; r++) position[order[r]!] = r;
  const out = new Array<ScoredInitiative>(s.n);
  // Walk the initiatives in input order, not rank order: the input objects and
  // score arrays are then read sequentially; at 100k that made this step about
  // a third faster than jumping around memory in rank order (360 → 245 ms).
  for (let i = 0; i < s.n; i++) out[position[i]!] = explainer.explain(i);
  return out;
}
