"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CrownsByDepartmentChart } from "../charts/crowns-by-department-chart";
import { ValueEffortChart } from "../charts/value-effort-chart";
import { useTRPC } from "../trpc/client";
import { errorMessage } from "../trpc/error-message";
import { Button } from "../ui/button";
import { Alert, EmptyState, PageHeader } from "../ui/card";
import { formatDateTime } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { HeadlineFigures } from "./headline-figures";
import { OverviewSkeleton } from "./overview-skeleton";
import { PrintButton } from "./print-button";
import { ScorecardTable } from "./scorecard-table";
import { UncertaintyCard } from "./uncertainty-card";
import { usePrintMode } from "./use-print-mode";

/** The workspace's landing page: which initiatives to fund, and why. */
export function Overview() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const { printing, print } = usePrintMode();
  const scorecard = useQuery(trpc.scorecard.get.queryOptions({ workspaceId: ws.id }));
  const data = scorecard.data;

  const header = (
    <PageHeader
      title="Overview"
      description={
        <>
          The triple-crown scorecard of {ws.name}: every initiative's experience, cost and revenue crowns, ranked by value for effort.
          {data ? (
            <span className="hidden print:inline">
              {" "}
              Scoring model version {data.model.number} (weights {data.model.weights.experience}/{data.model.weights.cost}/
              {data.model.weights.revenue}), printed {formatDateTime(Date.now())}.
            </span>
          ) : null}
        </>
      }
      actions={data && data.initiatives.length > 0 ? <PrintButton onPrint={print} /> : null}
    />
  );

  if (scorecard.isPending) return <OverviewSkeleton />;
  if (scorecard.error) {
    return (
      <>
        {header}
        <Alert>
          The scorecard could not be computed: {errorMessage(scorecard.error)}{" "}
          {(scorecard.error as { data?: { code?: string } }).data?.code === "BAD_REQUEST"
            ? "Fix the initiative or moment named above (open it from Initiatives), then reload."
            : "Reload the page; if it keeps failing, tell your admin."}
        </Alert>
        <div className="mt-3">
          <Button variant="secondary" onClick={() => void scorecard.refetch()}>
            Try again
          </Button>
        </div>
      </>
    );
  }
  if (data!.initiatives.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title="No initiatives to score yet"
          action={
            <Link href={`/w/${ws.slug}/initiatives`} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              Go to Initiatives
            </Link>
          }
        >
          <p>
            The scorecard ranks every initiative on the triple crown: better experience, lower cost, more revenue. Write an initiative,
            estimate its cost reduction and revenue growth, and link it to the moments of truth it improves: it appears here, ranked
            and explained.
          </p>
          {data!.periods.length === 0 ? (
            <p className="mt-2">
              To plan a roadmap you will also need periods and their capacity:{" "}
              <Link href={`/w/${ws.slug}/settings/periods`} className="font-medium text-brand-700 underline">
                Settings → Periods
              </Link>
              .
            </p>
          ) : null}
        </EmptyState>
      </>
    );
  }
  const d = data!;
  return (
    <>
      {header}
      <HeadlineFigures headline={d.headline} currency={ws.currency} />
      {d.periods.length === 0 ? (
        <div className="no-print mb-4">
          <Alert tone="info">
            No periods yet, so nothing is planned and the plan figures are 0. Add quarters and their capacity in{" "}
            <Link href={`/w/${ws.slug}/settings/periods`} className="font-medium underline">
              Settings → Periods
            </Link>
            .
          </Alert>
        </div>
      ) : null}
      <ScorecardTable data={d} printing={printing} />
      <div className="mt-6 grid gap-6 xl:grid-cols-2 print:grid-cols-2">
        <ValueEffortChart initiatives={d.initiatives} currency={ws.currency} />
        <CrownsByDepartmentChart initiatives={d.initiatives} />
      </div>
      <div className="mt-6">
        <UncertaintyCard initiativeCount={d.initiatives.length} />
      </div>
    </>
  );
}
