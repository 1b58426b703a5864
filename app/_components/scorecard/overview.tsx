"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useState } from "react";
import { flushSync } from "react-dom";
import dynamic from "next/dynamic";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { ChartPlaceholder } from "../charts/chart-placeholder";
import { Alert, EmptyState, PageHeader } from "../ui/card";
import { LocalTime } from "../ui/local-time";
import { LiveWhenShown } from "../ui/live-when-shown";
import { WhenVisible } from "../ui/when-visible";
import { useWorkspace } from "../workspace/workspace-context";
import { FirstHourChecklist } from "../guide/first-hour-checklist";
import { ClosedWork } from "./closed-work";
import { HeadlineFigures } from "./headline-figures";
import { OverviewSkeleton } from "./overview-skeleton";
import { PrintButton } from "./print-button";
import { ALL_ROWS, type ScorecardFilter } from "./scorecard-filters";
import { CrownLegend } from "./crown-bars";
import { matchesFilter, ScorecardTable } from "./scorecard-table";
import type { ScorecardRow } from "./types";

import { UncertaintyCard } from "./uncertainty-card";
import { usePrintMode } from "./use-print-mode";

// The charts (Recharts) are fetched and drawn only when they come near the screen or the page is printed: they would
// double the page's first-load JavaScript, and drawing them blocks a phone's main thread for more than a second.
const loadValueEffort = () => import("../charts/value-effort-chart").then((m) => m.ValueEffortChart);
const loadCrownsByDepartment = () => import("../charts/crowns-by-department-chart").then((m) => m.CrownsByDepartmentChart);
const valueEffortPlaceholder = <ChartPlaceholder title="Value against effort" chartHeight="h-80" />;
const crownsPlaceholder = <ChartPlaceholder title="Crowns by department" chartHeight="h-72" />;
const ValueEffortChart = dynamic(loadValueEffort, { ssr: false, loading: () => valueEffortPlaceholder });
const CrownsByDepartmentChart = dynamic(loadCrownsByDepartment, { ssr: false, loading: () => crownsPlaceholder });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The workspace's landing page: which initiatives to fund, and why. It reads
 * the page-sized views (docs/decisions/009-scorecard-views.md): the summary
 * for the headline and charts, the ranked rows a page at a time. Only the
 * Print button loads the whole scorecard, so the board pack holds every row.
 */
export function Overview() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const { printing, print } = usePrintMode();
  const summary = useQuery(trpc.scorecard.summary.queryOptions({ workspaceId: ws.id }));
  const [filter, setFilter] = useState<ScorecardFilter>(ALL_ROWS);
  const [printRows, setPrintRows] = useState<ScorecardRow[] | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [printError, setPrintError] = useState<unknown>(null);
  const [chartsWanted, setChartsWanted] = useState(false);
  const data = summary.data;

  /** Loads every row (scorecard.get, on request only), then prints them with the current filters. */
  async function printAll() {
    setPreparing(true);
    setPrintError(null);
    setChartsWanted(true);
    try {
      const [full] = await Promise.all([
        queryClient.fetchQuery({ ...trpc.scorecard.get.queryOptions({ workspaceId: ws.id }), staleTime: 0, gcTime: 0 }),
        loadValueEffort(),
        loadCrownsByDepartment(),
      ]);
      // The charts' code is in; two frames let them draw before the page is printed.
      await nextFrame();
      await nextFrame();
      const ranges = new Map(full.sensitivity.rows.map((r) => [r.id, r]));
      const rows: ScorecardRow[] = full.initiatives
        .map((i) => {
          const s = ranges.get(i.id);
          return {
            ...i,
            sensitivity: s
              ? { rankMin: s.rankMin, rankMax: s.rankMax, robust: s.robust }
              : { rankMin: i.rank, rankMax: i.rank, robust: i.rank !== null },
            calibrated: Object.hasOwn(full.calibration.calibrated, i.id) ? full.calibration.calibrated[i.id]! : null,
          };
        })
        // The ranked table is open work; done and cancelled work prints in its own list.
        .filter((r) => r.rank !== null && matchesFilter(r, filter));
      flushSync(() => setPrintRows(rows));
      print();
    } catch (e) {
      setPrintError(e);
    } finally {
      setPrintRows(null);
      setPreparing(false);
    }
  }

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
              {data.model.weights.revenue})<LocalTime prefix=", printed " />.
            </span>
          ) : null}
        </>
      }
      actions={
        <>
          <Link
            href={`/w/${ws.slug}/glossary`}
            className="no-print inline-flex h-10 items-center rounded-md px-3 text-sm font-medium text-brand-700 underline underline-offset-2 hover:bg-slate-100"
          >
            Glossary
          </Link>
          {data && data.total > 0 ? <PrintButton onPrint={() => void printAll()} label={preparing ? "Preparing…" : "Print"} /> : null}
        </>
      }
    />
  );

  if (summary.isPending) return <OverviewSkeleton />;
  if (summary.error) {
    return (
      <>
        {header}
        <Alert>
          The scorecard could not be computed: {readTrpcError(summary.error).message}{" "}
          {readTrpcError(summary.error).code === "BAD_REQUEST"
            ? "Fix the initiative or moment named above (open it from Initiatives), then reload."
            : "Reload the page; if it keeps failing, tell your admin."}
        </Alert>
        <div className="mt-3">
          <Button variant="secondary" onClick={() => void summary.refetch()}>
            Try again
          </Button>
        </div>
      </>
    );
  }
  const d = data!;
  if (d.total === 0) {
    return (
      <>
        {header}
        <FirstHourChecklist />
        <EmptyState
          title="No initiatives to score yet"
          action={
            <Link
              href={`/w/${ws.slug}/initiatives`}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              Go to Initiatives
            </Link>
          }
        >
          <p>
            The scorecard ranks every initiative on the triple crown: better experience, lower cost, more revenue. Write an initiative,
            estimate its cost reduction and revenue growth, and link it to the moments of truth it improves: it appears here, ranked and
            explained.
          </p>
          {d.periods.length === 0 ? (
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
  // The summary names initiatives without a department "No department"; the rows filter on the stored "".
  const departments = d.departments.map((x) => (x.department === "No department" ? "" : x.department));
  return (
    <>
      {header}
      {printError ? (
        <div className="no-print mb-4">
          <Alert>The full scorecard could not be loaded for printing: {readTrpcError(printError).message} Try again in a moment.</Alert>
        </div>
      ) : null}
      <FirstHourChecklist />
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
      <CrownLegend threshold={d.model.crownThreshold ?? undefined} className="mb-3" />
      <ScorecardTable
        model={d.model}
        departments={departments}
        printing={printing}
        printRows={printRows}
        filter={filter}
        onFilter={setFilter}
      />
      {/* Below the fold on every screen: brought to life when scrolled near, so the first screen is ready sooner. */}
      <LiveWhenShown nearViewport>
        <ClosedWork closed={d.closed} currency={ws.currency} slug={ws.slug} printing={printing} />
      </LiveWhenShown>
      <div className="mt-6 grid gap-6 xl:grid-cols-2 print:grid-cols-2">
        <WhenVisible force={chartsWanted || printing} placeholder={valueEffortPlaceholder}>
          <ValueEffortChart points={d.points} total={d.total} currency={ws.currency} />
        </WhenVisible>
        <WhenVisible force={chartsWanted || printing} placeholder={crownsPlaceholder}>
          <CrownsByDepartmentChart departments={d.departments} />
        </WhenVisible>
      </div>
      <LiveWhenShown nearViewport className="mt-6">
        <UncertaintyCard initiativeCount={d.total} />
      </LiveWhenShown>
    </>
  );
}
