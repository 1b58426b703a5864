"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { addDays } from "@/server/domain/period/current";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card, EmptyState, Skeleton } from "../ui/card";
import { cn } from "../ui/cn";
import { formatDate, formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { AddNextQuarters } from "./add-next-quarters";
import { AddPeriodForm } from "./add-period-form";
import { CapacityCell } from "./capacity-cell";
import { CreateQuartersForm } from "./create-quarters-form";
import { DeletePeriodDialog, type PeriodToDelete } from "./delete-period-dialog";
import { EndDateCell } from "./end-date-cell";

/** The first day of the calendar quarter after today, as YYYY-MM-DD. */
function nextQuarterStart(today = new Date()): string {
  const month = Math.floor(today.getMonth() / 3) * 3 + 3;
  const d = new Date(today.getFullYear(), month, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-01`;
}

/** Settings → Periods: the plan's periods with their capacity, and what the roadmap uses of each. */
export function PeriodsPanel() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  // One action covers creating, changing and deleting periods; the controls ask by the procedure they call.
  const canEdit = ws.canCall("period.update");
  const periods = useQuery(trpc.period.list.queryOptions({ workspaceId: ws.id }));
  // Where today falls (the server's clock): the current period is marked, ended ones say so.
  const calendar = useQuery(trpc.period.calendar.queryOptions({ workspaceId: ws.id }));
  const current = calendar.data?.currentPeriod ?? null;
  // What the plan uses of each period: the compact roadmap view carries it.
  const roadmap = useQuery(trpc.scorecard.roadmap.queryOptions({ workspaceId: ws.id }));
  const [deleting, setDeleting] = useState<PeriodToDelete | null>(null);
  const use = useMemo(() => new Map((roadmap.data?.periods ?? []).map((p) => [p.id, p])), [roadmap.data]);
  const list = periods.data ?? [];
  const suggestedStart = list.length ? addDays(list.at(-1)!.lastDay, 1) : nextQuarterStart();

  return (
    <div className="space-y-6">
      {periods.error ? <Alert>The periods could not be loaded: {readTrpcError(periods.error).message} Reload the page.</Alert> : null}
      {periods.isPending ? <Skeleton className="h-48" /> : null}
      {periods.data && list.length === 0 ? (
        <EmptyState title="No periods yet">
          The roadmap plans initiatives into periods, usually quarters, up to each period&apos;s capacity (for example the person-weeks the
          team can give to change). {canEdit ? "Create the first quarters below." : "Ask an admin to create them."}
        </EmptyState>
      ) : null}
      {calendar.data?.pastTheEnd ? (
        <Alert tone="warning">
          Today is after the last period ({list.at(-1)?.label}): the roadmap has nowhere left to plan new work. Add the periods to come.{" "}
          <AddNextQuarters lastDay={list.at(-1)?.lastDay ?? null} today={calendar.data.today} capacity={list.at(-1)?.capacity ?? 0} />
        </Alert>
      ) : null}
      {list.length ? (
        <Card className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Periods and capacity</caption>
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Period
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Starts
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Last day
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Capacity
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Planned use
                </th>
                {canEdit ? (
                  <th scope="col" className="px-4 py-2 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.map((p) => {
                const planned = use.get(p.id);
                return (
                  <tr key={p.id} data-testid="period-row">
                    <th
                      scope="row"
                      className={cn("px-4 py-2 font-medium", current !== null && p.index < current ? "text-slate-700" : "text-slate-900")}
                    >
                      {p.label}
                      {current === p.index ? (
                        <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-[11px] font-semibold text-brand-700">Current</span>
                      ) : null}
                      {current !== null && p.index < current ? (
                        <span className="ml-2 text-[11px] font-normal text-slate-600">ended</span>
                      ) : null}
                    </th>
                    <td className="px-4 py-2 text-slate-700">{formatDate(p.startDate)}</td>
                    <td className="px-4 py-2 text-slate-700">
                      <EndDateCell key={`${p.id}:${p.version}`} period={p} editable={canEdit} />
                    </td>
                    <td className="px-4 py-2">
                      <CapacityCell period={p} editable={canEdit} />
                    </td>
                    <td className={cn("px-4 py-2 tabular-nums", planned?.overCapacity ? "font-semibold text-amber-800" : "text-slate-700")}>
                      {planned ? `${formatNumber(planned.used, 1)}${planned.overCapacity ? " (over capacity)" : ""}` : "—"}
                    </td>
                    {canEdit ? (
                      <td className="px-4 py-2 text-right">
                        <Button size="sm" variant="ghost" onClick={() => setDeleting(p)}>
                          Delete<span className="sr-only"> {p.label}</span>
                        </Button>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      ) : null}
      {canEdit ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="p-5">
            <CreateQuartersForm key={suggestedStart} suggestedStart={suggestedStart} />
          </Card>
          <Card className="p-5">
            <AddPeriodForm />
          </Card>
        </div>
      ) : (
        <p className="text-sm text-slate-600">Only an admin can change periods and capacity.</p>
      )}
      <DeletePeriodDialog period={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
