import type { RoadmapData } from "../scorecard/types";
import type { PlanRow } from "./plan-rows";

/**
 * An approved initiative pinned to a period that has ended is planned like
 * the others (docs/scoring.md v2): say so wherever it appears, scheduled or
 * not, so nobody wonders why it is not where they pinned it.
 */
export function StalePinNote({ row, periods }: { row: PlanRow; periods: RoadmapData["periods"] }) {
  if (!row.item.stalePin || row.info.pinnedPeriod === null) return null;
  return (
    <span className="mt-0.5 block text-[11px] font-medium text-amber-800" data-testid="stale-pin">
      Pinned to {periods[row.info.pinnedPeriod]?.label ?? "a period"}, which has ended: planned like the others
    </span>
  );
}
