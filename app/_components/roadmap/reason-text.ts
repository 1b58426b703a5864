import { formatNumber, formatSigned } from "../ui/format";
import type { UnscheduledItem } from "../scorecard/types";

/**
 * Why the planner left an initiative out, in words a team can act on.
 * `statusOf` knows the initiatives still on the roadmap; a blocking
 * prerequisite that is not there was cancelled.
 */
export function reasonText(item: UnscheduledItem, statusOf: (id: string) => string | undefined): string {
  switch (item.reason) {
    case "no_positive_value":
      return `No positive value: its value score (${formatSigned(item.valueScore, 1)}) is not above 0 and nothing valuable depends on it, so it is not planned.`;
    case "blocked": {
      const names = (item.blockedBy ?? []).map((p) => `“${p.title}”${statusOf(p.id) === undefined ? " (cancelled)" : " (not scheduled)"}`);
      return `Blocked by ${names.join(", ") || "a prerequisite"}: it can only start after ${names.length > 1 ? "they finish" : "that finishes"}.`;
    }
    case "no_capacity":
      return `No capacity left before the end of the plan: its ${formatNumber(item.effort, 1)} effort does not fit in the periods that remain.`;
  }
}
