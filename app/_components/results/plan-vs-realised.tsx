"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useMemo } from "react";
import { STARTED_STATUSES } from "@/server/domain/initiative/status-rules";
import { RoadmapSkeleton } from "../roadmap/roadmap-skeleton";
import { RoadmapTabs } from "../roadmap/roadmap-tabs";
import { PrintButton } from "../scorecard/print-button";
import { usePrintMode } from "../scorecard/use-print-mode";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, EmptyState, PageHeader } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { OutcomeMeasures } from "./outcome-measures";
import { ResultsTable } from "./results-table";
import { TotalsCards } from "./totals-cards";

/** Which period there is to report on: the latest that has ended (by the server's clock). */
function LatestEndedNote({ periods, latestEnded }: { periods: { index: number; label: string }[]; latestEnded: number | null }) {
  const label = latestEnded === null ? null : periods.find((p) => p.index === latestEnded)?.label;
  return (
    <p className="no-print mb-3 text-sm text-slate-700" data-testid="latest-ended">
      {label
        ? `The latest period that has ended is ${label}: “Record result” opens on it.`
        : "No period has ended yet: results are recorded once a period is over (or for the current one, as it stands)."}
    </p>
  );
}

/** Are we delivering the triple crown? Planned against realised, per initiative and in total. */
export function PlanVsRealised() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const { printing, print } = usePrintMode();
  const scorecard = useQuery(trpc.scorecard.planVsRealised.queryOptions({ workspaceId: ws.id }));
  // The periods (for "started in" and recording results) come with the summary.
  const summary = useQuery(trpc.scorecard.summary.queryOptions({ workspaceId: ws.id }));
  // The started work's moment-of-truth links, for the outcome measures: the top 100 by rank of each status.
  const started = useQueries({
    queries: STARTED_STATUSES.map((status) => trpc.scorecard.rows.queryOptions({ workspaceId: ws.id, status, limit: 100, offset: 0 })),
  });
  const startedRows = useMemo(() => started.flatMap((q) => q.data?.items ?? []), [started]);
  const data = scorecard.data;
  const periods = summary.data?.periods;
  const header = (
    <PageHeader
      title="Plan vs realised"
      description="For work in progress and done: the yearly cost reduction and revenue growth planned, next to what the team recorded as delivered."
      actions={data?.rows.length ? <PrintButton onPrint={print} /> : null}
    />
  );
  if (scorecard.isPending || summary.isPending) return <RoadmapSkeleton />;
  if (scorecard.error || summary.error || !data || !periods) {
    return (
      <>
        {header}
        <RoadmapTabs slug={ws.slug} />
        <Alert>
          Plan vs realised could not be loaded: {readTrpcError(scorecard.error ?? summary.error).message} Reload the page; if it keeps
          failing, tell your admin.
        </Alert>
        <Button className="mt-3" variant="secondary" onClick={() => void Promise.all([scorecard.refetch(), summary.refetch()])}>
          Try again
        </Button>
      </>
    );
  }
  const pvr = data;
  return (
    <>
      {header}
      <RoadmapTabs slug={ws.slug} />
      {pvr.rows.length === 0 ? (
        <EmptyState
          title="Nothing started yet"
          action={
            <Link
              href={`/w/${ws.slug}/roadmap`}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              Go to the plan
            </Link>
          }
        >
          Once the team starts an approved initiative (Roadmap → Update → Start work), it appears here, and the team records what it
          actually saved and earned each period.
        </EmptyState>
      ) : (
        <>
          <TotalsCards totals={pvr.totals} count={pvr.rows.length} currency={ws.currency} />
          <LatestEndedNote periods={periods} latestEnded={summary.data.calendar.latestEndedPeriod} />
          <ResultsTable rows={pvr.rows} periods={periods} printing={printing} latestEnded={summary.data.calendar.latestEndedPeriod} />
        </>
      )}
      <OutcomeMeasures initiatives={startedRows} />
    </>
  );
}
