import { Card } from "../ui/card";
import { choiceReasonText } from "./choice-text";
import type { PlanViewData } from "./types";

/** What the optimal plan does differently from the greedy one, and why. */
export function PlanChanges({ plan }: { plan: PlanViewData }) {
  if (plan.changes.length === 0) return null;
  const label = (i: number | null) => (i === null ? "" : (plan.periods[i]?.label ?? `period ${i + 1}`));
  const byId = new Map(plan.items.map((i) => [i.id, i]));
  return (
    <Card className="mb-4 p-5" data-testid="optimal-changes">
      <h2 className="text-base font-semibold text-slate-900">What the optimal plan does differently</h2>
      <ul className="mt-2 space-y-1 text-sm text-slate-800">
        {plan.changes.map((c) => {
          const item = byId.get(c.id);
          let text: string;
          if (c.kind === "added")
            text = `added in ${label(c.start)}: the greedy plan had no room left for it once more urgent work was placed.`;
          else if (c.kind === "moved")
            text =
              (c.start ?? 0) < (c.greedyStart ?? 0)
                ? `starts in ${label(c.start)} instead of ${label(c.greedyStart)}: the rearranged plan has room for it sooner.`
                : `starts in ${label(c.start)} instead of ${label(c.greedyStart)}, leaving ${label(c.greedyStart)} to work that is worth more there.`;
          else
            text = `left out (the greedy plan had it in ${label(c.greedyStart)}): ${item && !item.scheduled ? choiceReasonText(item, plan) : "its room buys more value elsewhere."}`;
          return (
            <li key={c.id}>
              <span className="font-medium">{c.title}</span> — {text}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
