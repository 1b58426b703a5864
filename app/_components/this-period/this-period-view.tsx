"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useMemo, useState, type ReactNode } from "react";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { planRows, type PlanRow, type PlanScheduled } from "../roadmap/plan-rows";
import { RoadmapSkeleton } from "../roadmap/roadmap-skeleton";
import { canPin, canTrack } from "../roadmap/update-rules";
import { AddNextQuarters } from "../period/add-next-quarters";
import { RecordResultDialog, type ResultTarget } from "../results/record-result-dialog";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Badge, Card, EmptyState, PageHeader } from "../ui/card";
import { formatDate, formatNumber } from "../ui/format";
import { Link } from "../ui/link";
import { useLatch } from "../ui/use-latch";
import { useWorkspace } from "../workspace/workspace-context";
import { periodLists } from "./period-lists";

const UpdateDialog = dynamic(() => import("../roadmap/update-dialog").then((m) => m.UpdateDialog), { ssr: false });

type Scheduled = PlanRow & { item: PlanScheduled };

function WorkList({
  id,
  title,
  empty,
  rows,
  periodLabel,
  slug,
  canUpdate,
  canRecord,
  onUpdate,
  onRecord,
}: {
  id: string;
  title: ReactNode;
  empty: string;
  rows: Scheduled[];
  periodLabel: (index: number) => string;
  slug: string;
  canUpdate: (row: PlanRow) => boolean;
  canRecord: boolean;
  onUpdate: (row: PlanRow) => void;
  onRecord: (row: PlanRow) => void;
}) {
  return (
    <Card className="p-4">
      <section aria-labelledby={id} data-testid={id}>
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title} <span className="font-normal text-slate-600">({rows.length})</span>
        </h2>
        {rows.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{empty}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {rows.map((row) => (
              <li key={row.item.id} className="flex flex-wrap items-center justify-between gap-3 py-2" data-testid="period-item">
                <span className="min-w-0">
                  <Link
                    href={`/w/${slug}/initiatives/${row.item.id}`}
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  >
                    {row.info.title}
                  </Link>
                  <span className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                    <Badge tone={STATUS_TONES[row.item.status]}>
                      {STATUS_LABELS[row.item.status]}
                      {row.item.status === "in_progress" ? ` ${row.info.progress}%` : ""}
                    </Badge>
                    <span>
                      {row.item.startPeriod < 0 ? "started before the plan" : periodLabel(row.item.startPeriod)}
                      {row.item.endPeriod !== row.item.startPeriod ? ` to ${periodLabel(row.item.endPeriod)}` : ""}
                    </span>
                    <span>· {formatNumber(row.item.effort, 1)} effort</span>
                    {row.info.department ? <span>· {row.info.department}</span> : null}
                  </span>
                </span>
                <span className="flex gap-2">
                  {canUpdate(row) ? (
                    <Button size="sm" variant="secondary" onClick={() => onUpdate(row)}>
                      Update<span className="sr-only"> {row.info.title}</span>
                    </Button>
                  ) : null}
                  {canRecord && row.item.status === "in_progress" ? (
                    <Button size="sm" variant="ghost" onClick={() => onRecord(row)}>
                      Record result<span className="sr-only"> for {row.info.title}</span>
                    </Button>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}

/**
 * The tracker's home: the work of the period containing today (the server's
 * clock): what is late, what finishes, what else runs, with the roadmap's
 * update dialog and the record-result dialog at hand.
 */
export function ThisPeriodView() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const roadmap = useQuery(trpc.scorecard.roadmap.queryOptions({ workspaceId: ws.id }));
  const started = useQuery(trpc.scorecard.planVsRealised.queryOptions({ workspaceId: ws.id }));
  const [updatingId, setUpdatingId] = useState<string | null>(null);
  const [recording, setRecording] = useState<ResultTarget | null>(null);
  const data = roadmap.data;
  const rows = useMemo(() => (data ? planRows(data, started.data) : []), [data, started.data]);
  const updating = updatingId ? (rows.find((r) => r.item.id === updatingId) ?? null) : null;
  const dialogUsed = useLatch(updating !== null);
  const header = (
    <PageHeader title="This period" description="What the team is working on now, what finishes this period, and what is late." />
  );

  if (roadmap.isPending || started.isPending) return <RoadmapSkeleton />;
  if (roadmap.error || !data) {
    return (
      <>
        {header}
        <Alert>
          This period could not be loaded: {readTrpcError(roadmap.error).message} Reload the page; if it keeps failing, tell your admin.
        </Alert>
        <Button className="mt-3" variant="secondary" onClick={() => void roadmap.refetch()}>
          Try again
        </Button>
      </>
    );
  }
  const { calendar, periods } = data;
  const current = periods.find((p) => p.index === calendar.currentPeriod);
  const periodsLink = (
    <Link
      href={`/w/${ws.slug}/settings/periods`}
      className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
    >
      Go to Settings → Periods
    </Link>
  );
  if (periods.length === 0) {
    return (
      <>
        {header}
        <EmptyState title="No periods yet" action={periodsLink}>
          Work is planned into periods (usually quarters). Once an admin adds them, this page shows what is planned for the current one.
        </EmptyState>
      </>
    );
  }
  if (!current) {
    const last = periods.at(-1)!;
    return (
      <>
        {header}
        <EmptyState title={calendar.pastTheEnd ? "Today is after the last period" : "The plan has not started yet"} action={periodsLink}>
          {calendar.pastTheEnd ? (
            <>
              Today ({formatDate(calendar.today)}) is after {last.label}, which ended on {formatDate(last.lastDay)}: there is no current
              period to work in. Add the periods to come.{" "}
              <AddNextQuarters lastDay={last.lastDay} today={calendar.today} capacity={last.capacity} />
            </>
          ) : (
            <>
              Today ({formatDate(calendar.today)}) is before the first period, {periods[0]!.label}, which starts on{" "}
              {formatDate(periods[0]!.startDate)}.
            </>
          )}
        </EmptyState>
      </>
    );
  }

  const { late, finishing, ongoing } = periodLists(rows, calendar.currentPeriod);
  const label = (index: number) => periods[index]?.label ?? "after the plan";
  const canUpdate = (row: PlanRow) => canPin(row, ws.canCall) || canTrack(row, ws.canCall);
  const common = {
    periodLabel: label,
    slug: ws.slug,
    canUpdate,
    canRecord: ws.canCall("initiative.recordResult"),
    onUpdate: (row: PlanRow) => setUpdatingId(row.item.id),
    onRecord: (row: PlanRow) => setRecording({ id: row.item.id, title: row.info.title, startPeriod: row.info.startPeriod }),
  };
  return (
    <>
      {header}
      <p className="mb-4 text-sm text-slate-700" data-testid="current-period">
        {current.label}: {formatDate(current.startDate)} to {formatDate(current.lastDay)}. Today is {formatDate(calendar.today)}.{" "}
        <Link href={`/w/${ws.slug}/roadmap`} className="font-medium text-brand-700 underline">
          See the whole roadmap
        </Link>
      </p>
      <div className="space-y-4">
        <WorkList
          id="late-work"
          title="Late"
          empty="Nothing is late: every piece of work in progress is within its planned periods."
          rows={late}
          {...common}
        />
        <WorkList
          id="finishing-work"
          title={`Finishes in ${current.label}`}
          empty={`Nothing is planned to finish in ${current.label}.`}
          rows={finishing}
          {...common}
        />
        <WorkList
          id="ongoing-work"
          title={`Also planned or in progress in ${current.label}`}
          empty={`Nothing else is planned or in progress in ${current.label}.`}
          rows={ongoing}
          {...common}
        />
      </div>
      {dialogUsed ? (
        <UpdateDialog row={updating} periods={periods} currentPeriod={calendar.currentPeriod} onClose={() => setUpdatingId(null)} />
      ) : null}
      <RecordResultDialog
        target={recording}
        periods={periods}
        defaultIndex={calendar.latestEndedPeriod}
        onClose={() => setRecording(null)}
      />
    </>
  );
}
