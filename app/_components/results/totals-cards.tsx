import type { PlanVsRealisedData } from "../scorecard/types";
import { Card } from "../ui/card";
import { formatMoney } from "../ui/format";
import { PlannedRealisedBar } from "./planned-realised-bar";

/** The triple crown's money side in total: what started work was planned to deliver a year, and what has been recorded. */
export function TotalsCards({ totals, count, currency }: { totals: PlanVsRealisedData["totals"]; count: number; currency: string }) {
  const items = [
    { label: "Cost reduction", planned: totals.plannedCostReduction, realised: totals.realisedCostReduction },
    { label: "Revenue growth", planned: totals.plannedRevenueGrowth, realised: totals.realisedRevenueGrowth },
  ];
  return (
    <section aria-labelledby="totals-title" className="mb-6">
      <h2 id="totals-title" className="sr-only">
        Totals
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {items.map((i) => (
          <Card key={i.label} className="p-4 print:break-inside-avoid" data-testid={`total-${i.label.toLowerCase().replace(" ", "-")}`}>
            <h3 className="text-sm font-semibold text-slate-900">{i.label}</h3>
            <dl className="mt-2 grid grid-cols-2 gap-2">
              <div>
                <dt className="text-xs text-slate-600">Planned per year</dt>
                <dd className="text-xl font-semibold tabular-nums text-slate-900">{formatMoney(i.planned, currency)}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-600">Realised so far</dt>
                <dd className="text-xl font-semibold tabular-nums text-slate-900" data-testid="realised">
                  {formatMoney(i.realised, currency)}
                </dd>
              </div>
            </dl>
            <div className="mt-2">
              <PlannedRealisedBar planned={i.planned} realised={i.realised} label={`${i.label} realised`} />
            </div>
          </Card>
        ))}
      </div>
      <p className="mt-2 text-xs text-slate-600">
        Over the {count} initiatives in progress or done. “Planned per year” is the likely yearly estimate; “realised so far” adds up every
        period recorded, so a one-year plan is met when realised reaches 100% after four quarters.
      </p>
    </section>
  );
}
