// One optimal plan for a set of forced-in candidates, in two phases:
// 1. the most value (warm-started from the greedy plan);
// 2. with that value held (to 1e-9 relative), the earliest delivery (smallest
//    Σ valueScore × end), warm-started from phase 1, in the time that is left.
// Every answer is checked and polished (polish.ts), and the greedy plan is
// kept when the solver's answer is worth less, so the result is never worse
// than greedy.
import type { Highs } from "highs";
import type { Budget } from "./budget";
import type { PlanContext } from "./context";
import { buildModel, columnsOf, placementOf } from "./model";
import { clonePlacement, deliveryOf, objectiveOf, sameValue, type Placement } from "./placement";
import { dropUnneededEnablers, fill, moveEarlier, repair } from "./polish";
import { solve } from "./solver";
import { windowsOf } from "./windows";

/** Below this many seconds left, phase 2 is not started (the solver's start-up alone takes a few hundredths). */
const MIN_PHASE2_SECONDS = 0.05;

export interface SearchResult {
  /** "stopped": the time limit (or a solver failure) came before the value was proven optimal. */
  outcome: "optimal" | "stopped" | "infeasible";
  /** null only when infeasible. */
  placement: Placement | null;
  /** Proven upper bound on the value (null when the solver gave none). */
  bound: number | null;
}

export function searchPlan(ctx: PlanContext, highs: Highs, budget: Budget, forced: Uint8Array, greedy: Placement): SearchResult {
  const w = windowsOf(ctx, forced);
  const built = buildModel(ctx, w, forced, { kind: "value" });
  const fallback = clonePlacement(greedy);
  dropUnneededEnablers(ctx, fallback, forced);
  const fallbackValid = hasAll(fallback, forced);
  const first = solve(highs, built, budget.left, fallbackValid ? columnsOf(ctx, w, built, fallback) : null);
  budget.spend(first.seconds);
  if (first.status === "infeasible") return { outcome: "infeasible", placement: null, bound: null };

  let best: Placement | null = null;
  if (first.x !== null) best = polished(ctx, placementOf(ctx, w, built, first.x), forced);
  if (best !== null && first.status === "optimal" && budget.left >= MIN_PHASE2_SECONDS) {
    const value = objectiveOf(ctx, best);
    const phase2 = buildModel(ctx, w, forced, { kind: "delivery", valueFloor: value - 1e-9 * Math.max(1, Math.abs(value)) });
    const second = solve(highs, phase2, budget.left, columnsOf(ctx, w, phase2, best));
    budget.spend(second.seconds);
    if (second.x !== null) best = better(ctx, polished(ctx, placementOf(ctx, w, phase2, second.x), forced), best, forced);
  }
  if (fallbackValid) {
    fill(ctx, fallback);
    moveEarlier(ctx, fallback);
    best = best === null ? fallback : better(ctx, best, fallback, forced);
  }
  if (best === null) best = fallback; // no solution at all: the greedy plan, which may miss a forced-in one

  const value = objectiveOf(ctx, best);
  const proven = first.status === "optimal" && first.bound !== null && (value >= first.bound || sameValue(value, first.bound));
  return { outcome: proven ? "optimal" : "stopped", placement: best, bound: first.bound };
}

function polished(ctx: PlanContext, p: Placement, forced: Uint8Array): Placement {
  repair(ctx, p, forced);
  fill(ctx, p);
  moveEarlier(ctx, p);
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
