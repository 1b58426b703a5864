// A plan (flat arrays) as the PlanChoice the app shows: items in ranking
// order with their place or the reason they have none, periods, totals and
// what differs from the greedy plan.
import { discountFactors, npv } from "../formulas";
import { CANDIDATE, FIXED, IN_PROGRESS, PINNED, type PlanContext } from "./context";
import { earliestStart, endOf, objectiveOf, usage, type Placement } from "./placement";
import { blockersOf, fullPeriodsOf } from "./reasons";
import { BLOCKED, NO_CAPACITY, REASONS } from "./reason-codes";
import type { ChoiceItem, ChoiceStatus, InfeasibleForceIn, PlanChange, PlanChoice } from "./types";

export interface ChoiceParts {
  status: ChoiceStatus;
  greedyObjective: number;
  bound: number | null;
  solveMs: number;
  placement: Placement;
  /** Reason codes of the unscheduled open initiatives. */
  reason: Uint8Array;
  /** The greedy plan to compare with (null: no changes are listed). */
  greedy: Placement | null;
  infeasible: InfeasibleForceIn[];
}

export function buildChoice(ctx: PlanContext, parts: ChoiceParts): PlanChoice {
  const { placement: p, reason } = parts;
  const { s, order, openCount, rank, prep } = ctx.ranked;
  const model = prep.input.model;
  const powers = discountFactors(model.discountRate, model.horizonYears);
  const used = usage(ctx, p);
  const items: ChoiceItem[] = [];
  const totals = { value: 0, tripleCrowns: 0, npv: 0, effort: 0, planned: 0 };
  for (let r = 0; r < openCount; r++) {
    const i = order[r]!;
    const init = prep.input.initiatives[i]!;
    const base = {
      id: s.ids[i]!,
      rank: rank[i]!,
      valueScore: s.value[i]!,
      effort: s.effort[i]!,
      durationPeriods: ctx.duration[i]!,
      crowns: s.crowns[i]!,
      tripleCrown: s.crowns[i] === 3,
      npv: npv(init.investment, init.costReduction.likely + model.revenueMargin * init.revenueGrowth.likely, powers),
    };
    if (p.scheduled[i] === 1) {
      const kind =
        ctx.role[i] === FIXED ? (p.kind[i] === IN_PROGRESS ? "in_progress" : p.kind[i] === PINNED ? "pinned" : "planned") : "planned";
      items.push({ ...base, scheduled: true, kind, startPeriod: p.start[i]!, endPeriod: endOf(ctx, p, i) });
      totals.value += base.valueScore;
      totals.tripleCrowns += base.tripleCrown ? 1 : 0;
      totals.npv += base.npv;
      totals.effort += base.effort;
      if (kind === "planned") totals.planned++;
    } else {
      const code = reason[i]!;
      const earliest = Math.max(ctx.first, earliestStart(ctx, p, i));
      items.push({
        ...base,
        scheduled: false,
        reason: REASONS[code]!,
        blockedBy: code === BLOCKED ? blockersOf(ctx, p, i) : null,
        fullPeriods: code === NO_CAPACITY ? fullPeriodsOf(ctx, used, earliest, i) : null,
      });
    }
  }
  const objective = objectiveOf(ctx, p);
  const bound = parts.bound === null ? null : Math.max(parts.bound, objective);
  return {
    status: parts.status,
    objective,
    greedyObjective: parts.greedyObjective,
    bound,
    gap: bound === null ? null : parts.status === "optimal" ? 0 : (bound - objective) / Math.max(Math.abs(bound), 1e-9),
    solveMs: parts.solveMs,
    items,
    changes: parts.greedy === null ? [] : changesOf(ctx, parts.greedy, p),
    periods: ctx.periods.map((period, q) => ({
      id: period.id,
      label: period.label ?? period.id,
      capacity: period.capacity,
      used: used[q]!,
      left: Math.max(0, period.capacity - used[q]!),
    })),
    totals,
    infeasible: parts.infeasible,
    ignored: ctx.ignored,
  };
}

/** Added, dropped and moved candidates against the greedy plan, in ranking order. */
function changesOf(ctx: PlanContext, greedy: Placement, p: Placement): PlanChange[] {
  const { order, openCount, s } = ctx.ranked;
  const out: PlanChange[] = [];
  for (let r = 0; r < openCount; r++) {
    const i = order[r]!;
    if (ctx.role[i] !== CANDIDATE) continue;
    const greedyStart = greedy.scheduled[i] === 1 ? greedy.start[i]! : null;
    const start = p.scheduled[i] === 1 ? p.start[i]! : null;
    if (greedyStart === start) continue;
    const kind = greedyStart === null ? "added" : start === null ? "dropped" : "moved";
    out.push({ id: s.ids[i]!, kind, greedyStart, start });
  }
  return out;
}
