import type { getRoadmap } from "@/server/domain/scorecard";

type RoadmapView = Awaited<ReturnType<typeof getRoadmap>>;

/**
 * The roadmap view reshaped for integrations: each period lists the
 * scheduled work running in it (by rank), so a client reads "what happens in
 * Q3" without working out spans; unscheduled work follows with its reason.
 */
export function roadmapPerPeriod(view: RoadmapView) {
  const scheduled = view.items.flatMap((i) => (i.scheduled ? [i] : [])).sort((a, b) => a.rank - b.rank);
  return {
    currentPeriod: view.calendar.currentPeriod,
    periods: view.periods.map((p) => ({
      ...p,
      initiatives: scheduled
        .filter((i) => i.startPeriod <= p.index && p.index <= i.endPeriod)
        .map((i) => ({
          id: i.id,
          title: i.title,
          rank: i.rank,
          status: i.status,
          kind: i.kind,
          startPeriod: i.startPeriod,
          endPeriod: i.endPeriod,
          crowns: i.crowns,
          overdue: i.overdue,
        })),
    })),
    unscheduled: view.items.flatMap((i) =>
      i.scheduled ? [] : [{ id: i.id, title: i.title, rank: i.rank, reason: i.reason, blockedBy: i.blockedBy.map((b) => b.id) }],
    ),
    totals: view.totals,
  };
}
