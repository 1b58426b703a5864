import { formatNumber, formatSigned } from "../ui/format";
import type { UnscheduledItem } from "../scorecard/types";

/** Why the planner left an initiative out, in words a team can act on. */
export function reasonText(item: UnscheduledItem, titleOf: (id: string) => string, statusOf: (id: string) => string | undefined): string {
  switch (item.reason) {
    case "no_positive_value":
      return `No positive value: its value score (${formatSigned(item.valueScore, 1)}) is not above 0 and nothing valuable depends on it, so it is not planned.`;
    case "blocked": {
      const names = (item.blockedBy ?? []).map((id) => `“${titleOf(id)}”${statusOf(id) === "cancelled" ? " (cancelled)" : " (not scheduled)"}`);
      return `Blocked by ${names.join(", ") || "a prerequisite"}: it can only start after ${names.length > 1 ? "they finish" : "that finishes"}.`;
    }
    case "no_capacity": {
      const perPeriod = item.effort / item.durationPeriods;
      return `No capacity left before the end of the plan: it needs ${formatNumber(perPeriod, 1)} effort per period for ${item.durationPeriods} ${
        item.durationPeriods === 1 ? "period" : "consecutive periods"
      }.`;
    }
  }
}
