// One optimal plan for a set of forced-in candidates, in two phases:
// 1. the most value, starting from the better of two plans made in a few
//    milliseconds: the greedy plan and a rounding of the LP relaxation, each
//    improved by a local search (improve.ts);
// 2. with that value held (to 1e-9 relative), the earliest delivery (smallest
//    Σ valueScore × end), warm-started from phase 1, in what is left of the
//    time but at most a quarter of the limit: the order of delivery is the
//    tie-break, not worth keeping a person waiting for.
// Every answer is checked and polished (polish.ts), and the greedy plan is
// kept when the solver's answer is worth less, so the result is never worse
// than greedy.
import type { Highs } from "highs";
import { capacityBound } from "./bound";
import type { Budget } from "./budget";
import type { PlanContext } from "./context";
import { buildModel, columnsOf, placementOf } from "./model";
import { clonePlacement, deliveryOf, objectiveOf, sameValue, type Placement } from "./placement";
import { improve } from "./improve";
import { dropUnneededEnablers, fill, moveEarlier, repair } from "./polish";
import { roundRelaxation } from "./rounding";
import { solve } from "./solver";
import { windowsOf } from "./windows";

/** Below this many seconds left, phase 2 is not started (the solver's start-up alone takes a few hundredths). */
const MIN_PHASE2_SECONDS = 0.05;
/** Phase 2 gets at most this share of the time limit. */
const PHASE2_SHARE = 0.25;

export interface SearchResult {
  /** "stopped": the time limit (or a solver failure) came before the value was proven optimal. */
  outcome: "optimal" | "stopped" | "infeasible";
  /** null only when infeasible. */
  placement: Placement | null;
  /** Proven upper bound on the value (null when infeasible). */
  bound: number | null;
}

export function searchPlan(ctx: PlanContext, highs: Highs, budget: Budget, forced: Uint8Array, greedy: Placement): SearchResult {
  const w = windowsOf(ctx, forced);
  const built = buildModel(ctx, w, forced, { kind: "value" });
  const fallback = clonePlacement(greedy);
  dropUnneededEnablers(ctx, fallback, forced);
  const fallbackValid = hasAll(fallback, forced);

  const relaxation = solve(highs, built, budget.left, null, true);
  budget.spend(relaxation.seconds);
  if (relaxation.status === "infeasible") return { outcome: "infeasible", placement: null, bound: null };
  let start: Placement | null = null;
  if (fallbackValid) {
    start = clonePlacement(fallback);
    fill(ctx, start);
    improve(ctx, start, forced);
  }
  if (relaxation.x !== null) {
    const rounded = roundRelaxation(ctx, w, built, relaxation.x, forced);
    improve(ctx, rounded, forced);
    dropUnneededEnablers(ctx, rounded, forced);
    if (hasAll(rounded, forced)) start = start === null ? rounded : better(ctx, rounded, start, forced);
  }
  if (start !== null) dropUnneededEnablers(ctx, start, forced);

  const first = solve(highs, built, budget.left, start === null ? null : columnsOf(ctx, w, built, start));
  budget.spend(first.seconds);
  if (first.status === "infeasible") return { outcome: "infeasible", placement: null, bound: null };

  let best: Placement | null = null;
  if (first.x !== null) best = polished(ctx, placementOf(ctx, w, built, first.x), forced);
  const phase2Seconds = Math.min(budget.left, PHASE2_SHARE * budget.total);
  if (best !== null && first.status === "optimal" && phase2Seconds >= MIN_PHASE2_SECONDS) {
    const value = objectiveOf(ctx, best);
    const phase2 = buildModel(ctx, w, forced, { kind: "delivery", valueFloor: value - 1e-9 * Math.max(1, Math.abs(value)) });
    const second = solve(highs, phase2, phase2Seconds, columnsOf(ctx, w, phase2, best));
    budget.spend(second.seconds);
    if (second.x !== null) best = better(ctx, polished(ctx, placementOf(ctx, w, phase2, second.x), forced), best, forced);
  }
  for (const other of [fallback, start]) {
    if (other === null || !hasAll(other, forced)) continue;
    best = best === null ? polished(ctx, other, forced) : better(ctx, best, polished(ctx, other, forced), forced);
  }
  best ??= polished(ctx, fallback, forced); // no plan holds every forced-in one: the greedy plan, which misses some

  const value = objectiveOf(ctx, best);
  // The tightest of the solver's bound, the relaxation's optimum and the capacity bound (the solver may stop
  // before it has either of its own).
  const bounds = [first.bound, relaxation.status === "optimal" ? relaxation.bound : null].filter((b): b is number => b !== null);
  const bound = Math.min(...bounds, capacityBound(ctx, w, forced));
  const proven = first.status === "optimal" && (value >= bound || sameValue(value, bound));
  return { outcome: proven ? "optimal" : "stopped", placement: best, bound };
}

/** Checked, topped up and moved earlier; the last fill comes after the moves, which can free room. */
function polished(ctx: PlanContext, p: Placement, forced: Uint8Array): Placement {
  repair(ctx, p, forced);
  fill(ctx, p);
  moveEarlier(ctx, p);
  fill(ctx, p);
  return p;
}

function hasAll(p: Placement, forced: Uint8Array): boolean {
  for (let i = 0; i < forced.length; i++) if (forced[i] === 1 && p.scheduled[i] === 0) return false;
  return true;
}

/** The more valuable plan; on the same value the earlier delivery; a on a full tie. Plans missing a forced-in one lose. */
function better(ctx: PlanContext, a: Placement, b: Placement, forced: Uint8Array): Placement {
  if (hasAll(a, forced) !== hasAll(b, forced)) return hasAll(a, forced) ? a : b;
  const va = objectiveOf(ctx, a);
  const vb = objectiveOf(ctx, b);
  if (!sameValue(va, vb)) return va > vb ? a : b;
  return deliveryOf(ctx, b) < deliveryOf(ctx, a) ? b : a;
}
