"use client";

import { useState } from "react";
import { Link } from "@/app/_components/ui/link";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { Pager } from "../scorecard/pager";
import { Badge, Card } from "../ui/card";
import { formatMoneyShort, formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { departmentName, verdictText, type BenefitInitiative } from "./words";

const PAGE_SIZE = 25;

/** Planned → realised for one money crown of one period; "not recorded" when nobody recorded it. */
function PeriodMoney({ planned, realised, money }: { planned: number; realised: number | null; money: (v: number) => string }) {
  return (
    <span className="tabular-nums">
      {money(planned)} → {realised === null ? <span className="text-slate-500">not recorded</span> : money(realised)}
    </span>
  );
}

/**
 * Every delivered initiative (and work in progress with results), the
 * biggest plans first, with each period since delivery: planned (likely ×
 * the period's share of a year) and what was recorded.
 */
export function BenefitInitiatives({
  rows,
  total,
  printing,
}: {
  rows: BenefitInitiative[];
  /** All initiatives counted; rows may list fewer. */
  total: number;
  printing: boolean;
}) {
  const ws = useWorkspace();
  const [offset, setOffset] = useState(0);
  const shown = printing ? rows : rows.slice(offset, offset + PAGE_SIZE);
  const money = (v: number) => formatMoneyShort(v, ws.currency);
  return (
    <Card className="overflow-x-auto print:shadow-none" role="region" aria-label="Per initiative" tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid="benefit-initiatives">
        <caption className="px-4 pt-4 text-left">
          <span className="block text-lg font-semibold text-slate-900">Per initiative</span>
          <span className="block text-xs font-normal text-slate-600">
            Biggest plans first. Each period since delivery (or since the first recorded result): planned → realised.
            {total > rows.length
              ? ` The ${formatNumber(rows.length, 0)} biggest of ${formatNumber(total, 0)} are listed; the totals count all.`
              : ""}
          </span>
        </caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Initiative
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Period
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Cost reduction
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Revenue growth
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Experience (measures)
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {shown.map((r) => {
            const span = Math.max(1, r.periods.length) + 1;
            return [
              <tr key={r.id} className="align-top" data-testid="benefit-initiative">
                <th scope="row" rowSpan={span} className="max-w-72 px-3 py-2 text-left font-normal">
                  <Link
                    href={`/w/${ws.slug}/initiatives/${r.id}`}
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  >
                    {r.title}
                  </Link>
                  <span className="mt-0.5 flex flex-wrap gap-1">
                    <Badge tone={STATUS_TONES[r.status]}>{STATUS_LABELS[r.status]}</Badge>
                    <span className="text-xs text-slate-600">{departmentName(r.department)}</span>
                  </span>
                  {r.categories.length ? <span className="block text-xs text-slate-600">Improves {r.categories.join(", ")}</span> : null}
                </th>
                {r.periods.length === 0 ? (
                  <td colSpan={3} className="px-3 py-1.5 text-slate-600">
                    No period since delivery has ended yet.
                  </td>
                ) : (
                  <>
                    <td className="px-3 py-1.5 text-slate-700">{r.periods[0]!.label}</td>
                    <td className="px-3 py-1.5">
                      <PeriodMoney planned={r.periods[0]!.planned.cost} realised={r.periods[0]!.realised?.cost ?? null} money={money} />
                    </td>
                    <td className="px-3 py-1.5">
                      <PeriodMoney
                        planned={r.periods[0]!.planned.revenue}
                        realised={r.periods[0]!.realised?.revenue ?? null}
                        money={money}
                      />
                    </td>
                  </>
                )}
                <td rowSpan={span} className="px-3 py-2 text-slate-700">
                  {verdictText(r.verdicts) ?? <span className="text-slate-500">no measure named</span>}
                </td>
              </tr>,
              ...r.periods.slice(1).map((p) => (
                <tr key={`${r.id}:${p.periodId}`}>
                  <td className="px-3 py-1.5 text-slate-700">{p.label}</td>
                  <td className="px-3 py-1.5">
                    <PeriodMoney planned={p.planned.cost} realised={p.realised?.cost ?? null} money={money} />
                  </td>
                  <td className="px-3 py-1.5">
                    <PeriodMoney planned={p.planned.revenue} realised={p.realised?.revenue ?? null} money={money} />
                  </td>
                </tr>
              )),
              <tr key={`${r.id}:total`} className="bg-slate-50 font-medium" data-testid="benefit-initiative-total">
                <td className="px-3 py-1.5 text-slate-900">Total</td>
                <td className="px-3 py-1.5 tabular-nums">
                  {money(r.planned.cost)} → {money(r.realised.cost)}
                </td>
                <td className="px-3 py-1.5 tabular-nums">
                  {money(r.planned.revenue)} → {money(r.realised.revenue)}
                </td>
              </tr>,
            ];
          })}
        </tbody>
      </table>
      {printing ? null : <Pager total={rows.length} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} noun="initiatives" />}
    </Card>
  );
}
