import { formatNumber, formatPercent } from "../ui/format";
import type { ChoiceUnscheduled, PlanViewData } from "./types";

/** "Q3", "Q3 and Q4", "Q2, Q3 and Q4". */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

/** Why a plan leaves an initiative out, with the constraint that binds it, in words a team can act on. */
export function choiceReasonText(item: ChoiceUnscheduled, plan: Pick<PlanViewData, "periods">): string {
  switch (item.reason) {
    case "no_positive_value":
      return `Its value score (${formatNumber(item.valueScore, 1)}) is not above 0 and nothing planned needs it.`;
    case "forced_out":
      return "This scenario leaves it out.";
    case "blocked": {
      const tails = { forced_out: "which this scenario leaves out", not_planned: "which does not fit", cancelled: "which was cancelled" };
      const names = item.blockedByNamed.map((p) => `“${p.title}”, ${tails[p.why]}`);
      return `Needs ${names.join("; ") || "a prerequisite that is not planned"}.`;
    }
    case "no_capacity": {
      const full = (item.fullPeriods ?? []).map((i) => plan.periods[i]).filter((p) => p !== undefined);
      const perPeriod = item.effort / Math.max(1, item.durationPeriods);
      if (full.length === 0) return `No period left in the plan can take its ${formatNumber(item.effort, 1)} effort.`;
      const left = Math.max(...full.map((p) => p.left));
      const needs =
        item.durationPeriods > 1
          ? `${formatNumber(perPeriod, 1)} effort a period for ${item.durationPeriods} periods`
          : `${formatNumber(perPeriod, 1)} effort`;
      return `${listLabels(full.map((p) => p.label))} ${full.length === 1 ? "is" : "are"} full: it needs ${needs}, ${formatNumber(left, 1)} left.`;
    }
  }
}

/** "optimal" or "within 0.4 % of the best possible", from the solver's proven gap. */
export function gapText(plan: Pick<PlanViewData, "status" | "gap">): string {
  if (plan.status === "optimal") return "optimal: no plan that fits is worth more";
  if (plan.gap === null) return "greedy";
  const percent = plan.gap * 100;
  return `within ${formatPercent(percent, percent < 1 ? 1 : 0)} of the best possible (the solver stopped at its time limit)`;
}

/** The value the optimal plan adds over the greedy one: "+12.5 (8%) over the greedy plan". */
export function gainText(plan: Pick<PlanViewData, "objective" | "greedyObjective">): string {
  const gain = plan.objective - plan.greedyObjective;
  if (Math.abs(gain) < 1e-9) return "the same value as the greedy plan: most-urgent-first already finds the best here";
  const share = plan.greedyObjective > 0 ? ` (${formatPercent((gain / plan.greedyObjective) * 100, 1)})` : "";
  return `${formatNumber(gain, 1)}${share} more value than the greedy plan`;
}
