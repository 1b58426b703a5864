// The two entry points: greedyPlan (docs/scoring.md section 6 with a
// scenario's force options) and optimizePlan (section 9), both as PlanChoice.
import type { Period, PortfolioInput } from "../types";
import { Budget } from "./budget";
import { buildChoice } from "./choice";
import { buildContext, type PlanContext } from "./context";
import { checkEachForceIn, togetherInfeasible } from "./force";
import { greedyOutcome, type GreedyOutcome } from "./greedy";
import { earliestStart, objectiveOf, usage, type Placement } from "./placement";
import { blockersOf, fullPeriodsOf, reasonsOf } from "./reasons";
import { searchPlan } from "./search";
import { solver } from "./solver";
import type { ChoiceOptions, InfeasibleForceIn, PlanChoice } from "./types";

export function greedyPlan(input: PortfolioInput, periods: readonly Period[], options: ChoiceOptions = {}): PlanChoice {
  const ctx = buildContext(input, periods, options);
  const greedy = greedyOutcome(ctx);
  const infeasible = greedyFailures(ctx, greedy);
  return buildChoice(ctx, {
    status: infeasible.length > 0 ? "infeasible" : "greedy",
    greedyObjective: objectiveOf(ctx, greedy.placement),
    bound: null,
    solveMs: 0,
    placement: greedy.placement,
    reason: greedy.reason,
    greedy: null,
    infeasible,
  });
}

export async function optimizePlan(input: PortfolioInput, periods: readonly Period[], options: ChoiceOptions = {}): Promise<PlanChoice> {
  const ctx = buildContext(input, periods, options);
  const greedy = greedyOutcome(ctx);
  const highs = await solver();
  const budget = new Budget(ctx.timeLimitMs / 1000);

  // Forced-in work the greedy plan placed is known to fit together; only otherwise is each one examined.
  let infeasible: InfeasibleForceIn[] = [];
  let insisted = ctx.forceIn;
  if (greedy.failedForceIn.length > 0) {
    const single = checkEachForceIn(ctx, highs, budget);
    infeasible = single.infeasible;
    insisted = single.rest;
  }
  let result = searchPlan(ctx, highs, budget, maskOf(ctx, insisted), greedy.placement);
  let proven = infeasible.length > 0;
  if (result.outcome === "infeasible") {
    infeasible = [...infeasible, ...togetherInfeasible(ctx, insisted)];
    insisted = [];
    proven = true;
    result = searchPlan(ctx, highs, budget, maskOf(ctx, insisted), greedy.placement);
  }
  const placement = result.placement!;
  // Out of time without a plan that holds every forced-in one: say which are missing, without claiming proof.
  const missing = insisted.filter((i) => placement.scheduled[i] === 0);
  if (missing.length > 0) infeasible = [...infeasible, ...failures(ctx, placement, missing)];
  const given = ctx.forceIn.map((i) => ctx.ranked.s.ids[i]!);
  infeasible.sort((a, b) => given.indexOf(a.id) - given.indexOf(b.id));

  return buildChoice(ctx, {
    status: proven ? "infeasible" : result.outcome === "optimal" ? "optimal" : "time_limit",
    greedyObjective: objectiveOf(ctx, greedy.placement),
    bound: result.bound,
    solveMs: budget.spentMs,
    placement,
    reason: reasonsOf(ctx, placement),
    greedy: greedy.placement,
    infeasible,
  });
}

function maskOf(ctx: PlanContext, indices: readonly number[]): Uint8Array {
  const mask = new Uint8Array(ctx.role.length);
  for (const i of indices) mask[i] = 1;
  return mask;
}

/** The forced-in initiatives greedy could not place, with what they met in its phase 1. */
function greedyFailures(ctx: PlanContext, greedy: GreedyOutcome): InfeasibleForceIn[] {
  if (greedy.failedForceIn.length === 0 || greedy.forcedPhase === null) return [];
  return failures(ctx, greedy.forcedPhase, greedy.failedForceIn);
}

/** Why each of these forced-in initiatives is not in plan p: a prerequisite it lacks, or the periods without room. */
function failures(ctx: PlanContext, p: Placement, indices: readonly number[]): InfeasibleForceIn[] {
  const used = usage(ctx, p);
  return indices.map((i) => {
    const earliest = earliestStart(ctx, p, i);
    const id = ctx.ranked.s.ids[i]!;
    return earliest < 0
      ? { id, reason: "blocked", blockedBy: blockersOf(ctx, p, i), fullPeriods: null }
      : { id, reason: "no_capacity", blockedBy: null, fullPeriods: fullPeriodsOf(ctx, used, earliest, i) };
  });
}
