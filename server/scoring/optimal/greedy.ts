// The greedy plan of docs/scoring.md section 6 with the force options of a
// scenario, made by transforming the input and calling the existing planner
// (never a copy of it):
// - forced out: the initiative becomes "cancelled" for the planner, so it uses
//   nothing and blocks its dependents;
// - forced in: phase 1 plans only the forced initiatives and their candidate
//   prerequisites (everything else "cancelled"), in the planner's usual order
//   among them; phase 2 plans the rest with those placements pinned.
import { planRanked, planRoadmap } from "../roadmap";
import { rankedPortfolio, type RankedPortfolio } from "../score";
import type { InitiativeInput, PortfolioInput, Roadmap } from "../types";
import { CANDIDATE, candidateClosure, type PlanContext } from "./context";
import { fixedPlacement, place, type Placement } from "./placement";
import { FORCED_OUT, reasonCode } from "./reason-codes";

export interface GreedyOutcome {
  placement: Placement;
  /** Reason code (reason-codes.ts) of every unscheduled open initiative, as the greedy planner gave it. */
  reason: Uint8Array;
  /** Forced-in initiatives (indices) the greedy plan could not place, in forceIn order. */
  failedForceIn: number[];
  /** The fixed part and the forced-in work of phase 1 (null without forceIn): what a failed one met. */
  forcedPhase: Placement | null;
}

export function greedyOutcome(ctx: PlanContext): GreedyOutcome {
  const n = ctx.role.length;
  const options = { currentPeriod: ctx.currentPeriod };
  if (ctx.forceIn.length === 0 && !ctx.anyForceOut) {
    return fromRoadmap(ctx, planRanked(ctx.ranked, ctx.periods, options));
  }
  const pinned = ctx.forceIn.length > 0 ? placeForcedGreedy(ctx, ctx.forceIn) : new Map<number, number>();
  const input = transformed(ctx, (init, i) => {
    if (ctx.forcedOut[i] === 1) return { ...init, status: "cancelled" };
    const start = pinned.get(i);
    return start === undefined ? init : { ...init, status: "approved", pinnedPeriod: start };
  });
  const outcome = fromRoadmap(ctx, planRoadmap(input, ctx.periods, options));
  for (let i = 0; i < n; i++) if (ctx.forcedOut[i] === 1) outcome.reason[i] = FORCED_OUT;
  outcome.failedForceIn = ctx.forceIn.filter((i) => !pinned.has(i));
  outcome.forcedPhase = ctx.forceIn.length > 0 ? withPlaced(ctx, pinned) : null;
  return outcome;
}

/**
 * Greedy placement of the given forced-in candidates and their candidate
 * prerequisites alone (after the fixed part), in the planner's usual order
 * among them; returns where each placed one starts. Forced-out initiatives
 * stay out, so what depends on them is not placed.
 */
export function placeForcedGreedy(ctx: PlanContext, roots: readonly number[]): Map<number, number> {
  const closure = new Set(candidateClosure(ctx, roots));
  const input = transformed(ctx, (init, i) =>
    ctx.role[i] === CANDIDATE && (!closure.has(i) || ctx.forcedOut[i] === 1) ? { ...init, status: "cancelled" } : init,
  );
  const ranked = withPositivePriorities(rankedPortfolio(input), closure);
  const roadmap = planRanked(ranked, ctx.periods, { currentPeriod: ctx.currentPeriod });
  const placed = new Map<number, number>();
  for (const item of roadmap.items) {
    const i = ctx.ranked.prep.initiativeIndex.get(item.id)!;
    if (item.scheduled && closure.has(i)) placed.set(i, item.startPeriod);
  }
  return placed;
}

/**
 * A forced-in initiative must be placed whatever its value, so the planner must
 * not leave it out as "no positive value": the closure's priorities are shifted
 * up by one constant. The shift keeps their order, and the effective priorities
 * (maxima over dependents) keep theirs, so the planner's order among them is
 * the usual one.
 */
function withPositivePriorities(ranked: RankedPortfolio, members: ReadonlySet<number>): RankedPortfolio {
  let lowest = Infinity;
  for (const i of members) lowest = Math.min(lowest, ranked.s.priority[i]!);
  if (lowest > 0) return ranked;
  const priority = Float64Array.from(ranked.s.priority);
  for (const i of members) priority[i] = priority[i]! - lowest + 1;
  return { ...ranked, s: { ...ranked.s, priority } };
}

/** The fixed part plus the given starts. */
export function withPlaced(ctx: PlanContext, starts: ReadonlyMap<number, number>): Placement {
  const p = fixedPlacement(ctx);
  for (const [i, start] of starts) place(p, i, start);
  return p;
}

function transformed(ctx: PlanContext, change: (init: InitiativeInput, i: number) => InitiativeInput): PortfolioInput {
  const input = ctx.ranked.prep.input;
  return { ...input, initiatives: input.initiatives.map(change) };
}

/** The placement and reasons of a roadmap of (a transformation of) the context's input. */
function fromRoadmap(ctx: PlanContext, roadmap: Roadmap): GreedyOutcome {
  const n = ctx.role.length;
  const placement = fixedPlacement(ctx);
  const reason = new Uint8Array(n);
  for (const item of roadmap.items) {
    const i = ctx.ranked.prep.initiativeIndex.get(item.id)!;
    if (ctx.role[i] !== CANDIDATE) continue; // the fixed part is the context's, the same as the planner's
    if (item.scheduled) place(placement, i, item.startPeriod);
    else reason[i] = reasonCode(item.reason);
  }
  return { placement, reason, failedForceIn: [], forcedPhase: null };
}
