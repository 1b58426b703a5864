// Which forced-in initiatives cannot be scheduled, and why (docs/scoring.md section 9, scenarios):
// 1. blocked: it needs (directly or through its candidate prerequisites) a
//    cancelled or forced-out initiative;
// 2. alone: even with nothing else new in the plan, it (with its candidate
//    prerequisites) does not fit: blocked by a prerequisite that cannot fit
//    alone either, or no_capacity naming the periods without room for it;
// 3. together: each fits alone but not all at once: all of them no_capacity,
//    naming the periods the others' forced work leaves too full for it.
import type { Highs } from "highs";
import type { Budget } from "./budget";
import { CANCELLED, CANDIDATE, DONE, FIXED, candidateClosure, type PlanContext } from "./context";
import { placeForcedGreedy, withPlaced } from "./greedy";
import { buildModel } from "./model";
import { usage } from "./placement";
import { fullPeriodsOf } from "./reasons";
import { solve } from "./solver";
import { windowsOf, type Windows } from "./windows";
import type { InfeasibleForceIn } from "./types";

export interface SingleCheck {
  infeasible: InfeasibleForceIn[];
  /** The forced-in candidates that passed steps 1 and 2. */
  rest: number[];
}

export function checkEachForceIn(ctx: PlanContext, highs: Highs, budget: Budget): SingleCheck {
  const ids = ctx.ranked.s.ids;
  const infeasible: InfeasibleForceIn[] = [];
  const rest: number[] = [];
  const all = windowsOf(ctx, ctx.forcedIn);
  const alone = new Map<number, boolean>();
  const fitsAlone = (i: number): boolean => {
    let known = alone.get(i);
    if (known === undefined) {
      known = closureFitsAlone(ctx, highs, budget, i);
      alone.set(i, known);
    }
    return known;
  };
  for (const i of ctx.forceIn) {
    const roots = missingRoots(ctx, i);
    if (roots.length > 0) {
      infeasible.push({ id: ids[i]!, reason: "blocked", blockedBy: roots, fullPeriods: null });
    } else if (!fitsAlone(i)) {
      const { prereqStart, prereq } = ctx.ranked.prep.graph;
      const blockers: string[] = [];
      for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) {
        const p = prereq[k]!;
        if (ctx.role[p] === CANDIDATE && !fitsAlone(p) && !blockers.includes(ids[p]!)) blockers.push(ids[p]!);
      }
      infeasible.push(
        blockers.length > 0
          ? { id: ids[i]!, reason: "blocked", blockedBy: blockers, fullPeriods: null }
          : {
              id: ids[i]!,
              reason: "no_capacity",
              blockedBy: null,
              fullPeriods: fullPeriodsOf(ctx, ctx.fixedUse, staticEarliest(ctx, all, i), i),
            },
      );
    } else rest.push(i);
  }
  return { infeasible, rest };
}

/** Step 3: every one of `together` is named, with the periods that the others' forced work leaves too full. */
export function togetherInfeasible(ctx: PlanContext, together: readonly number[]): InfeasibleForceIn[] {
  const all = windowsOf(ctx, ctx.forcedIn);
  return together.map((i) => {
    const others = withPlaced(
      ctx,
      placeForcedGreedy(
        ctx,
        together.filter((j) => j !== i),
      ),
    );
    const fullPeriods = fullPeriodsOf(ctx, usage(ctx, others), staticEarliest(ctx, all, i), i);
    return { id: ctx.ranked.s.ids[i]!, reason: "no_capacity", blockedBy: null, fullPeriods };
  });
}

/** Cancelled prerequisites and forced-out candidates that the initiative needs, directly or through candidates. */
function missingRoots(ctx: PlanContext, i: number): string[] {
  const { prereqStart, prereq } = ctx.ranked.prep.graph;
  const ids = ctx.ranked.s.ids;
  const out: string[] = [];
  const add = (j: number): void => {
    if (!out.includes(ids[j]!)) out.push(ids[j]!);
  };
  for (const m of candidateClosure(ctx, [i])) {
    if (ctx.forcedOut[m] === 1) add(m);
    for (let k = prereqStart[m]!; k < prereqStart[m + 1]!; k++) if (ctx.role[prereq[k]!] === CANCELLED) add(prereq[k]!);
  }
  return out;
}

/** Whether the initiative and its candidate prerequisites fit with nothing else new: greedy first, the solver when greedy fails. */
function closureFitsAlone(ctx: PlanContext, highs: Highs, budget: Budget, i: number): boolean {
  if (placeForcedGreedy(ctx, [i]).has(i)) return true;
  const forced = new Uint8Array(ctx.role.length);
  forced[i] = 1;
  const w = windowsOf(ctx, forced);
  if (w.useful[i] === 0) return false;
  const members = new Set(candidateClosure(ctx, [i]));
  const useful = w.useful.map((u, j) => (u === 1 && members.has(j) ? 1 : 0));
  const result = solve(highs, buildModel(ctx, { ...w, useful }, forced, { kind: "value" }), budget.left, null);
  budget.spend(result.seconds);
  return result.status !== "infeasible"; // unproven counts as fitting: the joint solve decides
}

/** The earliest start its prerequisites allow at best (from the windows), as the plan's windows compute it. */
function staticEarliest(ctx: PlanContext, w: Windows, i: number): number {
  const { prereqStart, prereq } = ctx.ranked.prep.graph;
  let lo = ctx.first;
  for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) {
    const p = prereq[k]!;
    if (ctx.role[p] === DONE) continue;
    if (ctx.role[p] === FIXED) lo = Math.max(lo, ctx.fixedStart[p]! + ctx.duration[p]!);
    else if (ctx.role[p] === CANDIDATE && w.offset[p + 1]! > w.offset[p]!) lo = Math.max(lo, w.starts[w.offset[p]!]! + ctx.duration[p]!);
  }
  return lo;
}
