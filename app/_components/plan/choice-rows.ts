import type { RoadmapData } from "../scorecard/types";
import type { PlanRow, PlanScheduled } from "../roadmap/plan-rows";
import type { ChoiceScheduled, PlanViewData } from "./types";

/**
 * A plan of the plan router in the shapes the roadmap's timeline draws, so
 * the optimal plan (and a scenario's) looks exactly like the greedy one.
 */
export function choiceTimeline(plan: PlanViewData): { rows: (PlanRow & { item: PlanScheduled })[]; periods: RoadmapData["periods"] } {
  const last = plan.periods.length - 1;
  const periods = plan.periods.map((p) => ({
    id: p.id,
    label: p.label,
    index: p.index,
    capacity: p.capacity,
    used: p.used,
    remaining: p.capacity - p.used,
    overCapacity: p.used > p.capacity + 1e-9,
    startDate: p.startDate,
    lastDay: p.lastDay,
  }));
  const rows = plan.items
    .filter((i): i is ChoiceScheduled => i.scheduled)
    .map((i) => {
      const item: PlanScheduled = {
        id: i.id,
        title: i.title,
        rank: i.rank,
        status: i.status,
        department: i.department,
        crowns: i.crowns,
        valueScore: i.valueScore,
        effort: i.effort,
        pinnedPeriod: i.kind === "pinned" ? i.startPeriod : null,
        version: i.version,
        pulledForwardBy: null,
        stalePin: false,
        dependsOn: i.dependsOn,
        scheduled: true,
        kind: i.kind,
        startPeriod: i.startPeriod,
        endPeriod: i.endPeriod,
        overdue: false,
        durationPeriods: i.durationPeriods,
        extendsBeyondPlan: i.endPeriod > last,
      };
      const info = {
        id: i.id,
        title: i.title,
        status: i.status,
        department: i.department,
        crowns: i.crowns,
        pinnedPeriod: item.pinnedPeriod,
        version: i.version,
        progress: 0,
        startPeriod: null,
      };
      return { item, info };
    });
  return { rows, periods };
}
