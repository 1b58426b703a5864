"use client";

import { Link } from "@/app/_components/ui/link";
import { useState } from "react";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { Pager } from "../scorecard/pager";
import type { PlanPeriod, PlanVsRealisedRow } from "../scorecard/types";
import { Button } from "../ui/button";
import { Badge, Card } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { PlannedRealisedBar } from "./planned-realised-bar";
import { RecordResultDialog, type ResultTarget } from "./record-result-dialog";
import { formatMoneyShort } from "../charts/format-short";

const PAGE_SIZE = 50;

function startLabel(start: number | null, periods: PlanPeriod[]): string {
  if (start === null) return "—";
  if (start < 0) return "before the plan";
  return periods[start]?.label ?? "after the plan";
}

/** Per initiative: planned yearly amounts next to what has been recorded, and the way to record more. */
export function ResultsTable({
  rows,
  periods,
  printing,
  latestEnded = null,
}: {
  rows: PlanVsRealisedRow[];
  periods: PlanPeriod[];
  printing: boolean;
  /** The latest period that has ended: "Record result" opens on it. */
  latestEnded?: number | null;
}) {
  const ws = useWorkspace();
  const canRecord = ws.canCall("initiative.recordResult");
  const [offset, setOffset] = useState(0);
  const [target, setTarget] = useState<ResultTarget | null>(null);
  const shown = printing ? rows : rows.slice(offset, offset + PAGE_SIZE);
  const money = (v: number) => formatMoneyShort(v, ws.currency);
  return (
    <Card className="print:shadow-none">
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="px-4 pt-4 text-left">
            <span className="block text-lg font-semibold text-slate-900">Per initiative</span>
            <span className="block text-xs font-normal text-slate-600">
              In progress and done, by rank. Amounts planned per year; realised is the sum of the periods recorded.
            </span>
          </caption>
          <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Initiative
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Started
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
                Periods
              </th>
              {canRecord ? (
                <th scope="col" className="no-print px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((r) => (
              <tr key={r.id} className="align-top print:break-inside-avoid" data-testid="result-row">
                <th scope="row" className="max-w-72 px-3 py-2 text-left font-normal">
                  <Link
                    href={`/w/${ws.slug}/initiatives/${r.id}`}
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  >
                    {r.title}
                  </Link>
                  <span className="mt-0.5 block">
                    <Badge tone={STATUS_TONES[r.status]}>
                      {STATUS_LABELS[r.status]}
                      {r.status === "in_progress" ? ` ${r.progress}%` : ""}
                    </Badge>
                  </span>
                </th>
                <td className="px-3 py-2 text-slate-700">{startLabel(r.startPeriod, periods)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{money(r.plannedCostReduction)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <span data-testid="realised-cost">{money(r.realisedCostReduction)}</span>
                  <PlannedRealisedBar planned={r.plannedCostReduction} realised={r.realisedCostReduction} label="Cost reduction realised" />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{money(r.plannedRevenueGrowth)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {money(r.realisedRevenueGrowth)}
                  <PlannedRealisedBar planned={r.plannedRevenueGrowth} realised={r.realisedRevenueGrowth} label="Revenue growth realised" />
                </td>
                <td className="px-3 py-2 tabular-nums text-slate-700">{r.periodsReported}</td>
                {canRecord ? (
                  <td className="no-print px-3 py-2 text-right">
                    <Button size="sm" variant="secondary" onClick={() => setTarget(r)} className="whitespace-nowrap">
                      Record result<span className="sr-only"> for {r.title}</span>
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {printing ? null : <Pager total={rows.length} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} noun="initiatives" />}
      <RecordResultDialog target={target} periods={periods} defaultIndex={latestEnded} onClose={() => setTarget(null)} />
    </Card>
  );
}
