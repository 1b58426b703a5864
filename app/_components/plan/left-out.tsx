import { Badge, Card } from "../ui/card";
import { formatNumber } from "../ui/format";
import { choiceReasonText } from "./choice-text";
import type { ChoiceUnscheduled, PlanViewData } from "./types";

const BADGE = { no_positive_value: "No positive value", blocked: "Blocked", no_capacity: "No capacity", forced_out: "Left out" } as const;

/** Every initiative a plan leaves out, with the constraint that binds it. */
export function LeftOut({ plan }: { plan: PlanViewData }) {
  const items = plan.items.filter((i): i is ChoiceUnscheduled => !i.scheduled);
  if (items.length === 0) return null;
  return (
    <Card className="mt-4 p-5" data-testid="left-out">
      <h2 className="text-base font-semibold text-slate-900">Not in this plan ({plan.unscheduledTotal})</h2>
      <ul className="mt-2 divide-y divide-slate-100 text-sm">
        {items.map((i) => (
          <li key={i.id} className="py-2" data-testid="left-out-item">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{i.title}</span>
              <Badge tone={i.reason === "no_capacity" ? "amber" : "slate"}>{BADGE[i.reason]}</Badge>
              <span className="text-xs text-slate-600">value {formatNumber(i.valueScore, 1)}</span>
            </div>
            <p className="mt-0.5 text-slate-700">{choiceReasonText(i, plan)}</p>
          </li>
        ))}
      </ul>
      {plan.unscheduledTotal > items.length ? (
        <p className="mt-2 text-xs text-slate-600">The first {items.length} by rank are listed.</p>
      ) : null}
    </Card>
  );
}
