import { CrownBars, CrownLegend } from "../scorecard/crown-bars";
import { FlagBadges } from "../scorecard/flag-badges";
import { Badge, Card } from "../ui/card";
import { confidenceLabel, robustnessLabel, statusLabel } from "@/server/format/words";
import { formatMoneyShort, formatNumber, formatSigned, formatYears } from "../ui/format";
import type { SharedView } from "./types";

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <Card className="p-3">
      <div className="text-lg font-semibold text-slate-900 tabular-nums">{value}</div>
      <div className="text-xs text-slate-600">{label}</div>
    </Card>
  );
}

/** The ranked scorecard, read-only: crowns, value, priority, finance and flags. */
export function SharedScorecard({ view }: { view: SharedView }) {
  const c = view.workspace.currency;
  const h = view.headline;
  return (
    <section aria-labelledby="scorecard-heading" className="space-y-4">
      <h2 id="scorecard-heading" className="text-lg font-semibold text-slate-900">
        Scorecard
      </h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Figure value={String(h.initiatives)} label="open initiatives, ranked" />
        <Figure value={String(h.tripleCrowns)} label="triple crowns" />
        <Figure value={String(h.scheduled)} label="on the roadmap" />
        <Figure value={formatMoneyShort(h.plannedCostReduction, c)} label="planned cost reduction / year" />
        <Figure value={formatMoneyShort(h.plannedRevenueGrowth, c)} label="planned revenue growth / year" />
        <Figure value={formatMoneyShort(h.totalNpv, c)} label="NPV of planned work" />
      </div>
      <CrownLegend threshold={view.crownThreshold} />
      <Card className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Initiatives ranked by priority</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Rank
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Initiative
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Crowns
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Value
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Priority
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                NPV
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Payback
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Confidence
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Ranking
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Flags
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {view.initiatives.length === 0 ? (
              <tr>
                <td colSpan={10} className="px-3 py-4 text-slate-600">
                  No initiatives yet.
                </td>
              </tr>
            ) : null}
            {view.initiatives.map((i) => (
              <tr key={i.rank}>
                <td className="px-3 py-2 text-right tabular-nums text-slate-600">{i.rank}</td>
                <td className="px-3 py-2">
                  <div className="font-medium text-slate-900">{i.title}</div>
                  <div className="text-xs text-slate-600">{[i.department, statusLabel(i.status)].filter(Boolean).join(" · ")}</div>
                </td>
                <td className="px-3 py-2">
                  <CrownBars scores={i.scores} tripleCrown={i.tripleCrown} threshold={view.crownThreshold} />
                  {i.tripleCrown ? (
                    <div className="mt-0.5">
                      <Badge tone="brand">Triple crown</Badge>
                    </div>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatSigned(i.valueScore, 1)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatNumber(i.priority, 2)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoneyShort(i.npv, c)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {i.paybackYears === null ? "never pays back" : formatYears(i.paybackYears)}
                </td>
                <td className="px-3 py-2">{confidenceLabel(i.confidence)}</td>
                <td className="px-3 py-2">
                  {i.robust === null ? "—" : <Badge tone={i.robust ? "green" : "amber"}>{robustnessLabel(i.robust)}</Badge>}
                </td>
                <td className="px-3 py-2">
                  <FlagBadges flags={i} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {view.totalInitiatives > view.initiatives.length ? (
          <p className="px-3 py-2 text-xs text-slate-600">
            The first {view.initiatives.length} of {view.totalInitiatives} initiatives are shown.
          </p>
        ) : null}
      </Card>
      {view.totalClosed > 0 ? (
        <Card>
          <details data-testid="shared-closed">
            <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-slate-900">
              Done and cancelled: {view.totalClosed} initiative{view.totalClosed === 1 ? "" : "s"}, not ranked
            </summary>
            <ul className="divide-y divide-slate-100 border-t border-slate-200 text-sm">
              {view.closed.map((i, k) => (
                <li key={k} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2">
                  <span>
                    <span className="font-medium text-slate-900">{i.title}</span> <Badge>{statusLabel(i.status)}</Badge>
                  </span>
                  <span className="text-xs tabular-nums text-slate-700">
                    {i.realised
                      ? `realised: cost ${formatMoneyShort(i.realised.costReduction, c)}, revenue ${formatMoneyShort(i.realised.revenueGrowth, c)} over ${i.realised.periodsReported} period${i.realised.periodsReported === 1 ? "" : "s"}`
                      : i.status === "done"
                        ? "no realised result recorded"
                        : ""}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </Card>
      ) : null}
    </section>
  );
}
