import type { PlanRow, PlanScheduled } from "../roadmap/plan-rows";

type Scheduled = PlanRow & { item: PlanScheduled };

/**
 * The current period's work, from the plan: what is late (in progress, its
 * planned last period before today's), what finishes this period, and what
 * else is planned or in progress in it. Each initiative is in one list only.
 */
export function periodLists(rows: readonly PlanRow[], currentPeriod: number) {
  const late: Scheduled[] = [];
  const finishing: Scheduled[] = [];
  const ongoing: Scheduled[] = [];
  for (const row of rows) {
    if (!row.item.scheduled) continue;
    const r = row as Scheduled;
    const { startPeriod, endPeriod, status } = r.item;
    if (status === "in_progress" && endPeriod < currentPeriod) late.push(r);
    else if (startPeriod <= currentPeriod && endPeriod === currentPeriod) finishing.push(r);
    else if (startPeriod <= currentPeriod && endPeriod > currentPeriod) ongoing.push(r);
  }
  return { late, finishing, ongoing };
}
