// Why an open initiative is not in a plan, read off the plan itself so that
// every reason is true of the plan it comes with.
import { CANDIDATE, DONE, TOLERANCE, type PlanContext } from "./context";
import { earliestStart, type Placement } from "./placement";
import { BLOCKED, FORCED_OUT, NO_CAPACITY, NO_POSITIVE_VALUE } from "./reason-codes";

/** The direct prerequisites that are not scheduled (unscheduled, cancelled or forced out), in dependsOn order. */
export function blockersOf(ctx: PlanContext, p: Placement, i: number): string[] {
  const { prereqStart, prereq } = ctx.ranked.prep.graph;
  const out: string[] = [];
  for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) {
    const q = prereq[k]!;
    const id = ctx.ranked.s.ids[q]!;
    if (ctx.role[q] !== DONE && p.scheduled[q] === 0 && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * The periods, among those its starts from `earliest` to P − d would cover,
 * with less room left than it needs per period: every start it could have
 * covers at least one of them. Empty when no start is left before the plan ends.
 */
export function fullPeriodsOf(ctx: PlanContext, used: Float64Array, earliest: number, i: number): number[] {
  const out: number[] = [];
  if (earliest + ctx.duration[i]! > ctx.P) return out;
  for (let q = earliest; q < ctx.P; q++) if (ctx.capacity[q]! - used[q]! < ctx.per[i]! - TOLERANCE) out.push(q);
  return out;
}

/**
 * Reasons for the optimal plan (after its fill pass): forced out; no positive
 * value of its own (an enabler nothing scheduled needs); blocked by a
 * prerequisite that is not scheduled; otherwise it does not fit.
 */
export function reasonsOf(ctx: PlanContext, p: Placement): Uint8Array {
  const reason = new Uint8Array(ctx.role.length);
  for (let i = 0; i < ctx.role.length; i++) {
    if (ctx.role[i] !== CANDIDATE || p.scheduled[i] === 1) continue;
    if (ctx.forcedOut[i] === 1) reason[i] = FORCED_OUT;
    else if (ctx.ranked.s.value[i]! <= 0) reason[i] = NO_POSITIVE_VALUE;
    else if (earliestStart(ctx, p, i) < 0) reason[i] = BLOCKED;
    else reason[i] = NO_CAPACITY;
  }
  return reason;
}
