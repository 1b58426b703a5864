import { PlannedRealisedBar } from "../results/planned-realised-bar";
import { Card } from "../ui/card";
import { formatMoneyShort, formatNumber } from "../ui/format";
import { verdictText, type BenefitGroup } from "./words";

/**
 * Planned against realised for groups of delivered work (departments or
 * categories), with the experience effect as measure verdicts. Realised is
 * set against the plan of the periods that were recorded, so a period
 * nobody recorded does not count as a shortfall.
 */
export function BenefitGroupsTable({
  title,
  description,
  groups,
  nameHeader,
  currency,
  testId,
}: {
  title: string;
  description: string;
  groups: BenefitGroup[];
  nameHeader: string;
  currency: string;
  testId: string;
}) {
  const money = (v: number) => formatMoneyShort(v, currency);
  return (
    <Card className="overflow-x-auto print:break-inside-avoid print:shadow-none" role="region" aria-label={title} tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="px-4 pt-4 text-left">
          <span className="block text-lg font-semibold text-slate-900">{title}</span>
          <span className="block text-xs font-normal text-slate-600">{description}</span>
        </caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {nameHeader}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Initiatives
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Cost reduction planned
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              realised
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Revenue planned
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              realised
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Experience (measures)
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map((g) => (
            <tr key={g.name} className="align-top print:break-inside-avoid">
              <th scope="row" className="px-3 py-2 font-medium text-slate-900">
                {g.name}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(g.initiatives, 0)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{money(g.planned.cost)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {money(g.realised.cost)}
                <PlannedRealisedBar
                  planned={g.plannedRecorded.cost}
                  realised={g.realised.cost}
                  label={`${g.name} cost reduction realised`}
                />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{money(g.planned.revenue)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {money(g.realised.revenue)}
                <PlannedRealisedBar
                  planned={g.plannedRecorded.revenue}
                  realised={g.realised.revenue}
                  label={`${g.name} revenue growth realised`}
                />
              </td>
              <td className="px-3 py-2 text-slate-700">{verdictText(g.verdicts) ?? <span className="text-slate-500">no measures</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
