import type { PlanVsRealisedData, RoadmapData, ScheduledItem, UnscheduledItem } from "../scorecard/types";

/** A scheduled item with what follows from its periods. */
export type PlanScheduled = ScheduledItem & { durationPeriods: number; extendsBeyondPlan: boolean };
type PlanItem = PlanScheduled | UnscheduledItem;
/** What the roadmap shows and updates of the item's initiative. */
type PlanInfo = {
  id: string;
  title: string;
  status: ScheduledItem["status"];
  department: string;
  crowns: number;
  pinnedPeriod: number | null;
  version: number;
  /** Recorded progress and start of work in progress (from scorecard.planVsRealised); 0 and null otherwise. */
  progress: number;
  startPeriod: number | null;
};
export type PlanRow = { item: PlanItem; info: PlanInfo };

/**
 * The compact roadmap (scorecard.roadmap) as rows, with the progress and
 * start of work in progress from scorecard.planVsRealised.
 */
export function planRows(roadmap: RoadmapData, started: PlanVsRealisedData | undefined): PlanRow[] {
  const lastPeriod = roadmap.periods.length - 1;
  const progress = new Map((started?.rows ?? []).map((r) => [r.id, r]));
  return roadmap.items.map((item) => {
    const p = progress.get(item.id);
    const info: PlanInfo = {
      id: item.id,
      title: item.title,
      status: item.status,
      department: item.department,
      crowns: item.crowns,
      pinnedPeriod: item.pinnedPeriod,
      version: item.version,
      progress: p?.progress ?? 0,
      startPeriod: p?.startPeriod ?? null,
    };
    const planItem: PlanItem = item.scheduled
      ? { ...item, durationPeriods: item.endPeriod - item.startPeriod + 1, extendsBeyondPlan: item.endPeriod > lastPeriod }
      : item;
    return { item: planItem, info };
  });
}

/** Names and statuses of the planned and unplanned initiatives; anything else on the roadmap is done or cancelled. */
export function lookups(roadmap: RoadmapData) {
  const byId = new Map(roadmap.items.map((i) => [i.id, i]));
  return {
    titleOf: (id: string) => byId.get(id)?.title ?? "another initiative",
    statusOf: (id: string): string | undefined => byId.get(id)?.status,
  };
}
