import type { RoadmapItem, ScorecardData, ScorecardRow } from "../scorecard/types";

/** A roadmap item with what the scorecard knows about its initiative (department, version, progress, crowns). */
export type PlanRow = { item: RoadmapItem; info: ScorecardRow };

export function planRows(data: ScorecardData): PlanRow[] {
  const info = new Map(data.initiatives.map((i) => [i.id, i]));
  const rows: PlanRow[] = [];
  for (const item of data.roadmap.items) {
    const i = info.get(item.id);
    if (i) rows.push({ item, info: i });
  }
  return rows;
}

export function titleOf(data: ScorecardData): (id: string) => string {
  const titles = new Map(data.initiatives.map((i) => [i.id, i.title]));
  return (id) => titles.get(id) ?? "another initiative";
}
