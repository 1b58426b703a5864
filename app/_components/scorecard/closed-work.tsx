import { useState } from "react";
import { Link } from "@/app/_components/ui/link";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { Badge, Card } from "../ui/card";
import { formatMoney, formatNumber } from "../ui/format";
import type { ScorecardSummary } from "./types";

type Closed = ScorecardSummary["closed"];

/**
 * Done and cancelled initiatives, apart from the ranking (docs/scoring.md v2: only
 * open work is ranked), collapsed by default: what was delivered, with the
 * realised results recorded, and what was stopped and why.
 */
export function ClosedWork({ closed, currency, slug, printing }: { closed: Closed; currency: string; slug: string; printing: boolean }) {
  // The list is rendered when opened (or printed): closed, it was a sixth of a phone's overview, seen by nobody.
  const [open, setOpen] = useState(false);
  if (closed.total === 0) return null;
  const done = closed.items.filter((c) => c.status === "done").length;
  return (
    <Card className="mt-6 print:break-inside-avoid">
      <details open={printing || undefined} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="closed-work">
        <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-slate-900 hover:bg-slate-50">
          Done and cancelled: {formatNumber(closed.total, 0)} initiative{closed.total === 1 ? "" : "s"}, not ranked
          <span className="ml-2 font-normal text-slate-600">
            ({done} done, {closed.items.length - done} cancelled
            {closed.items.length < closed.total ? `; the first ${closed.items.length} listed` : ""})
          </span>
        </summary>
        {open || printing ? (
          <div className="overflow-x-auto border-t border-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Done and cancelled initiatives</caption>
              <thead className="text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Initiative
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Value score
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Planned per year
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Realised so far
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {closed.items.map((c) => (
                  <tr key={c.id} data-testid="closed-row">
                    <th scope="row" className="px-4 py-2 font-normal">
                      <Link
                        href={`/w/${slug}/initiatives/${c.id}`}
                        className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                      >
                        {c.title}
                      </Link>
                      {c.department ? <span className="block text-xs text-slate-600">{c.department}</span> : null}
                      {c.status === "cancelled" && c.decisionReason ? (
                        <span className="block text-xs text-slate-600">Why: {c.decisionReason}</span>
                      ) : null}
                    </th>
                    <td className="px-4 py-2">
                      <Badge tone={STATUS_TONES[c.status]}>{STATUS_LABELS[c.status]}</Badge>
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">{formatNumber(c.valueScore, 1)}</td>
                    <td className="px-4 py-2 text-right tabular-nums text-slate-700">
                      cost {formatMoney(c.plannedCostReduction, currency, { compact: true })}
                      <span className="block">revenue {formatMoney(c.plannedRevenueGrowth, currency, { compact: true })}</span>
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums text-slate-700">
                      {c.realised ? (
                        <>
                          cost {formatMoney(c.realised.costReduction, currency, { compact: true })}
                          <span className="block">revenue {formatMoney(c.realised.revenueGrowth, currency, { compact: true })}</span>
                          <span className="block text-[11px] text-slate-600">
                            {c.realised.periodsReported} period{c.realised.periodsReported === 1 ? "" : "s"} recorded
                          </span>
                        </>
                      ) : (
                        <span className="text-slate-500">{c.status === "done" ? "none recorded" : "—"}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </details>
    </Card>
  );
}
