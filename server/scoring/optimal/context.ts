// What both plans (greedy and optimal) start from: the validated, scored
// portfolio, the fixed part of docs/scoring.md section 6 (in progress and
// valid pins, exactly as the greedy planner places them), the candidates, and
// the resolved force options. Flat arrays by initiative index.
import { topologicalOrder } from "../graph";
import { CAPACITY_TOLERANCE } from "../roadmap";
import { rankedPortfolio, type RankedPortfolio } from "../score";
import type { Period, PortfolioInput } from "../types";
import { validatePeriods } from "../validate";
import { validateChoiceOptions } from "./options";
import type { ChoiceOptions } from "./types";

export const TOLERANCE = CAPACITY_TOLERANCE;

/** role[i]: what the plan may do with initiative i. */
export const DONE = 1;
export const CANCELLED = 2;
/** In progress, or approved with a pin at or after the first open period: placed where committed. */
export const FIXED = 3;
/** Proposed or approved (stale pins included): the plan decides. */
export const CANDIDATE = 4;

/** kind[i] of a scheduled initiative. */
export const IN_PROGRESS = 0;
export const PINNED = 1;
export const PLANNED = 2;

export interface PlanContext {
  ranked: RankedPortfolio;
  periods: readonly Period[];
  P: number;
  currentPeriod: number;
  /** clamp(currentPeriod, 0, P): no new work before it. */
  first: number;
  capacity: Float64Array;
  /** Capacity the fixed part uses in each period of the plan. */
  fixedUse: Float64Array;
  duration: Int32Array;
  /** effort / duration: what the initiative uses in each period it covers. */
  per: Float64Array;
  role: Uint8Array;
  /** Start and kind of the fixed part (role FIXED). */
  fixedStart: Int32Array;
  fixedKind: Uint8Array;
  /** Prerequisites before dependents. */
  topo: Int32Array;
  /** Position of each initiative in topo. */
  topoPos: Int32Array;
  /** Forced-in candidates, in the order given (repeats removed). */
  forceIn: number[];
  forcedIn: Uint8Array;
  forcedOut: Uint8Array;
  anyForceOut: boolean;
  ignored: string[];
  timeLimitMs: number;
}

export function buildContext(input: PortfolioInput, periods: readonly Period[], options: ChoiceOptions = {}): PlanContext {
  const ranked = rankedPortfolio(input);
  validatePeriods(periods);
  const { forceIn, forceOut, timeLimitMs } = validateChoiceOptions(options);
  return contextOf(ranked, periods, options?.currentPeriod ?? 0, forceIn, forceOut, timeLimitMs);
}

export function contextOf(
  ranked: RankedPortfolio,
  periods: readonly Period[],
  currentPeriod: number,
  forceInIds: readonly string[],
  forceOutIds: readonly string[],
  timeLimitMs: number,
): PlanContext {
  const { s, prep } = ranked;
  const n = s.n;
  const inits = prep.input.initiatives;
  const P = periods.length;
  const first = Math.min(P, Math.max(0, currentPeriod));
  const capacity = Float64Array.from(periods, (p) => p.capacity);
  const fixedUse = new Float64Array(P);
  const duration = new Int32Array(n);
  const per = new Float64Array(n);
  const role = new Uint8Array(n);
  const fixedStart = new Int32Array(n);
  const fixedKind = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const init = inits[i]!;
    const d = init.durationPeriods ?? 1;
    duration[i] = d;
    per[i] = s.effort[i]! / d;
    const pin = init.pinnedPeriod;
    if (init.status === "done") role[i] = DONE;
    else if (init.status === "cancelled") role[i] = CANCELLED;
    else if (init.status === "in_progress") {
      role[i] = FIXED;
      fixedKind[i] = IN_PROGRESS;
      fixedStart[i] = init.startPeriod!;
    } else if (init.status === "approved" && pin !== undefined && pin !== null && pin >= first) {
      role[i] = FIXED;
      fixedKind[i] = PINNED;
      fixedStart[i] = pin;
    } else role[i] = CANDIDATE;
    if (role[i] === FIXED) {
      const from = Math.max(0, fixedStart[i]!);
      const to = Math.min(P - 1, fixedStart[i]! + d - 1);
      for (let q = from; q <= to; q++) fixedUse[q]! += per[i]!;
    }
  }

  const ignored: string[] = [];
  const seenIgnored = new Set<string>();
  const resolve = (ids: readonly string[], mask: Uint8Array, list?: number[]): void => {
    for (const id of ids) {
      const i = prep.initiativeIndex.get(id);
      if (i === undefined || role[i] !== CANDIDATE) {
        if (!seenIgnored.has(id)) ignored.push(id);
        seenIgnored.add(id);
      } else if (mask[i] === 0) {
        mask[i] = 1;
        list?.push(i);
      }
    }
  };
  const forcedIn = new Uint8Array(n);
  const forcedOut = new Uint8Array(n);
  const forceIn: number[] = [];
  resolve(forceInIds, forcedIn, forceIn);
  resolve(forceOutIds, forcedOut);

  const topo = topologicalOrder(prep.graph);
  const topoPos = new Int32Array(n);
  for (let t = 0; t < n; t++) topoPos[topo[t]!] = t;

  return {
    ranked,
    periods,
    P,
    currentPeriod,
    first,
    capacity,
    fixedUse,
    duration,
    per,
    role,
    fixedStart,
    fixedKind,
    topo,
    topoPos,
    forceIn,
    forcedIn,
    forcedOut,
    anyForceOut: forcedOut.includes(1),
    ignored,
    timeLimitMs,
  };
}

/** The candidates i depends on, directly or through other candidates, with i itself (prerequisites first). */
export function candidateClosure(ctx: PlanContext, roots: readonly number[]): number[] {
  const { prereqStart, prereq } = ctx.ranked.prep.graph;
  const seen = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) {
      const p = prereq[k]!;
      if (ctx.role[p] === CANDIDATE && !seen.has(p)) stack.push(p);
    }
  }
  return [...seen].sort((a, b) => ctx.topoPos[a]! - ctx.topoPos[b]!);
}
