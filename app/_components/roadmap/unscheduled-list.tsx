"use client";

import { Link } from "@/app/_components/ui/link";
import { useState } from "react";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { Pager } from "../scorecard/pager";
import type { RoadmapData, UnscheduledItem } from "../scorecard/types";
import { Button } from "../ui/button";
import { Badge, Card } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import type { PlanRow } from "./plan-rows";
import { reasonText } from "./reason-text";
import { StalePinNote } from "./stale-pin-note";

const PAGE_SIZE = 25;
const REASON_BADGE = { no_positive_value: "No positive value", blocked: "Blocked", no_capacity: "No capacity" } as const;

/** What did not fit, and why, in rank order. */
export function UnscheduledList({
  rows,
  periods,
  printing,
  statusOf,
  canUpdate,
  onUpdate,
}: {
  rows: (PlanRow & { item: UnscheduledItem })[];
  periods: RoadmapData["periods"];
  printing: boolean;
  statusOf: (id: string) => string | undefined;
  canUpdate: (row: PlanRow) => boolean;
  onUpdate: (row: PlanRow) => void;
}) {
  const ws = useWorkspace();
  const [offset, setOffset] = useState(0);
  const shown = printing ? rows : rows.slice(offset, offset + PAGE_SIZE);
  return (
    <Card className="mt-6 print:break-before-page print:shadow-none">
      <section aria-labelledby="unscheduled-title">
        <div className="px-4 pt-4">
          <h2 id="unscheduled-title" className="text-lg font-semibold text-slate-900">
            Not scheduled <span className="text-base font-normal text-slate-600">({rows.length})</span>
          </h2>
          <p className="text-xs text-slate-600">Proposed and approved initiatives the planner could not place, with the reason.</p>
        </div>
        {rows.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">Everything proposed or approved fits in the plan.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100">
            {shown.map((row) => (
              <li
                key={row.item.id}
                className="flex flex-wrap items-start justify-between gap-3 px-4 py-3 print:break-inside-avoid"
                data-testid="unscheduled-row"
              >
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="tabular-nums text-sm text-slate-500">#{row.item.rank}</span>
                    <Link
                      href={`/w/${ws.slug}/initiatives/${row.item.id}`}
                      className="text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline"
                    >
                      {row.info.title}
                    </Link>
                    <Badge tone={STATUS_TONES[row.item.status]}>{STATUS_LABELS[row.item.status]}</Badge>
                    <Badge tone={row.item.reason === "no_capacity" ? "amber" : row.item.reason === "blocked" ? "red" : "slate"}>
                      {REASON_BADGE[row.item.reason]}
                    </Badge>
                    {row.info.department ? <span className="text-xs text-slate-600">{row.info.department}</span> : null}
                  </p>
                  <p className="mt-1 text-sm text-slate-700">{reasonText(row.item, statusOf)}</p>
                  <StalePinNote row={row} periods={periods} />
                </div>
                {canUpdate(row) ? (
                  <Button size="sm" variant="secondary" onClick={() => onUpdate(row)} className="no-print">
                    Update<span className="sr-only"> {row.info.title}</span>
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {printing ? null : (
          <Pager total={rows.length} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} noun="unscheduled initiatives" />
        )}
      </section>
    </Card>
  );
}
