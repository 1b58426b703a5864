import { cn } from "../ui/cn";
import { formatMoney, formatPercent, formatYears } from "../ui/format";
import type { ScorecardModel, ScorecardRow } from "./types";

/** Net annual benefit, NPV and payback, each with the numbers it is made of. */
export function FinanceSummary({ row, model, currency }: { row: ScorecardRow; model: ScorecardModel; currency: string }) {
  const money = (v: number) => formatMoney(v, currency);
  const margin = formatPercent(model.revenueMargin * 100, 0);
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Finance</h4>
      <dl className="space-y-2 text-sm">
        <div>
          <dt className="text-slate-600">Net benefit per year</dt>
          <dd className="font-semibold tabular-nums text-slate-900">{money(row.netAnnualBenefit)}</dd>
          <dd className="text-xs text-slate-600">
            cost reduction {money(row.costReduction.likely)} + {margin} margin × revenue growth {money(row.revenueGrowth.likely)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">
            NPV over {model.horizonYears} {model.horizonYears === 1 ? "year" : "years"} at {formatPercent(model.discountRate * 100, 1)}
          </dt>
          <dd className={cn("font-semibold tabular-nums", row.npv < 0 ? "text-red-700" : "text-slate-900")}>{money(row.npv)}</dd>
          <dd className="text-xs text-slate-600">−{money(row.investment)} investment + the net benefit of each year, discounted</dd>
        </div>
        <div>
          <dt className="text-slate-600">Payback</dt>
          <dd className="font-semibold tabular-nums text-slate-900">
            {row.paybackYears === null ? "Never (no net benefit)" : formatYears(row.paybackYears)}
          </dd>
          {row.paybackYears !== null ? <dd className="text-xs text-slate-600">investment ÷ net benefit per year</dd> : null}
        </div>
      </dl>
    </div>
  );
}
