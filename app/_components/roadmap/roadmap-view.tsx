"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { Link } from "@/app/_components/ui/link";
import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { PlanSwitch } from "../plan/plan-switch";
import { PrintButton } from "../scorecard/print-button";
import { AddNextQuarters } from "../period/add-next-quarters";
import type { RoadmapData, UnscheduledItem } from "../scorecard/types";
import { usePrintMode } from "../scorecard/use-print-mode";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { compareText } from "../ui/compare-text";
import { Alert, Card, EmptyState, PageHeader } from "../ui/card";
import { formatDate, formatNumber } from "../ui/format";
import { useLatch } from "../ui/use-latch";
import { useWorkspace } from "../workspace/workspace-context";
import { CrownLegend } from "./crown-legend";
import { PeriodList } from "./period-list";
import { lookups, planRows, type PlanRow, type PlanScheduled } from "./plan-rows";
import { RoadmapSkeleton } from "./roadmap-skeleton";
import { RoadmapTabs } from "./roadmap-tabs";
import { LiveWhenShown } from "../ui/live-when-shown";
import { SectionPlaceholder } from "../ui/section-placeholder";
import { codeLaterOnPhone, WaitsForLaterCode } from "../ui/code-later-on-phone";
import { useScreenHint } from "../screen/screen-hint";
import { UnscheduledList } from "./unscheduled-list";
import { canPin, canTrack } from "./update-rules";

// The optimal plan is its own view (?plan=optimal): the greedy plan, which most visits show, does not load its code.
const OptimalView = dynamic(() => import("../plan/optimal-view").then((m) => m.OptimalView));
// On a phone the timeline starts as a placeholder far below the first screen: its code (with the virtualiser it
// scrolls long plans with) comes after the page has loaded (decision 056).
const Timeline = codeLaterOnPhone(() => import("./timeline").then((m) => m.Timeline));

// Only people who open "Update" need the dialog's forms: they load on the first click, not with the page.
const UpdateDialog = dynamic(() => import("./update-dialog").then((m) => m.UpdateDialog), { ssr: false });

/**
 * Done and cancelled initiatives are not on the roadmap. Only the empty state
 * counts them, so only it asks for the summary: on a full roadmap its arrival
 * would re-render the whole plan for nothing.
 */
function ClosedNote({ planned }: { planned: number }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const summary = useQuery(trpc.scorecard.summary.queryOptions({ workspaceId: ws.id }));
  const closed = summary.data ? Math.max(0, summary.data.total - planned) : 0;
  return closed ? ` ${closed} done or cancelled initiatives are not planned.` : " Write the first initiative to see it planned.";
}

/**
 * Where today falls in the plan (the server's clock): periods before it are
 * history and take no new work. Past the last period, the plan says so and
 * offers to add periods.
 */
function TodayNote({ roadmap }: { roadmap: RoadmapData }) {
  const ws = useWorkspace();
  const { calendar, periods } = roadmap;
  const last = periods.at(-1);
  if (calendar.pastTheEnd && last) {
    return (
      <div className="no-print mb-4" data-testid="past-the-end">
        <Alert tone="warning">
          Today ({formatDate(calendar.today)}) is after the last period of the plan, {last.label}, which ended on {formatDate(last.lastDay)}
          . Every period is history, so no new work can be planned.{" "}
          <Link href={`/w/${ws.slug}/settings/periods`} className="font-medium underline">
            Add periods in Settings → Periods
          </Link>
          {ws.canCall("period.createQuarters") ? " or:" : " (an admin can)."}{" "}
          <AddNextQuarters lastDay={last.lastDay} today={calendar.today} capacity={last.capacity} />
        </Alert>
      </div>
    );
  }
  const current = periods.find((p) => p.index === calendar.currentPeriod);
  return (
    <p className="mb-3 text-sm text-slate-700" data-testid="today-note">
      {current
        ? `Today is ${formatDate(calendar.today)}, in ${current.label}.${calendar.currentPeriod > 0 ? " Earlier periods are history (grey): no new work is placed there." : ""}`
        : `Today is ${formatDate(calendar.today)}, before the plan's first period: the plan starts with ${periods[0]?.label ?? "it"}.`}
    </p>
  );
}

/** The prioritised plan within each period's capacity, what did not fit and why. */
export function RoadmapView() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const { printing, print } = usePrintMode();
  const mode = useSearchParams().get("plan") === "optimal" ? "optimal" : "greedy";
  // The compact plan; progress and recorded starts of work in progress; the initiative count (for what is closed).
  const scorecard = useQuery(trpc.scorecard.roadmap.queryOptions({ workspaceId: ws.id }));
  const started = useQuery(trpc.scorecard.planVsRealised.queryOptions({ workspaceId: ws.id }));
  const [department, setDepartment] = useState("");
  const [updatingId, setUpdatingId] = useState<string | null>(null);
  const data = scorecard.data;

  const all = useMemo(() => (data ? planRows(data, started.data) : []), [data, started.data]);
  const departments = useMemo(() => [...new Set(all.map((r) => r.info.department))].sort(compareText), [all]);
  const rows = useMemo(() => (department === "" ? all : all.filter((r) => r.info.department === department)), [all, department]);
  const phone = useScreenHint() === "phone";
  const scheduled = useMemo(() => rows.filter((r): r is PlanRow & { item: PlanScheduled } => r.item.scheduled), [rows]);
  const unscheduled = useMemo(() => rows.filter((r): r is PlanRow & { item: UnscheduledItem } => !r.item.scheduled), [rows]);
  const { titleOf, statusOf } = useMemo(() => (data ? lookups(data) : { titleOf: () => "", statusOf: () => undefined }), [data]);
  const done = started.data?.rows.filter((r) => r.status === "done").length ?? 0;
  const updating = updatingId ? (all.find((r) => r.item.id === updatingId) ?? null) : null;
  const dialogUsed = useLatch(updating !== null);
  const canUpdate = (row: PlanRow) => canPin(row, ws.canCall) || canTrack(row, ws.canCall);

  const header = (
    <PageHeader
      title="Roadmap"
      description="The prioritised plan within each period's capacity: what is planned when, what did not fit and why."
      actions={data && data.periods.length > 0 && all.length > 0 ? <PrintButton onPrint={print} /> : null}
    />
  );

  if (scorecard.isPending || started.isPending) return <RoadmapSkeleton />;
  if (scorecard.error || !data) {
    return (
      <>
        {header}
        <RoadmapTabs slug={ws.slug} />
        <Alert>
          The roadmap could not be planned: {readTrpcError(scorecard.error).message} Reload the page; if it keeps failing, tell your admin.
        </Alert>
        <Button className="mt-3" variant="secondary" onClick={() => void scorecard.refetch()}>
          Try again
        </Button>
      </>
    );
  }
  if (data.periods.length === 0) {
    return (
      <>
        {header}
        <RoadmapTabs slug={ws.slug} />
        <EmptyState
          title="No periods to plan in"
          action={
            <Link
              href={`/w/${ws.slug}/settings/periods`}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              Go to Settings → Periods
            </Link>
          }
        >
          The roadmap places initiatives in periods (usually quarters) up to each period&apos;s capacity. An admin creates them, for example
          eight quarters from the start of next year, with the team&apos;s capacity in person-weeks.
        </EmptyState>
      </>
    );
  }
  if (all.length === 0) {
    return (
      <>
        {header}
        <RoadmapTabs slug={ws.slug} />
        <EmptyState
          title="Nothing to plan yet"
          action={
            <Link
              href={`/w/${ws.slug}/initiatives`}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              Go to Initiatives
            </Link>
          }
        >
          Proposed, approved and in-progress initiatives are planned here in rank order.
          <ClosedNote planned={data.items.length} />
        </EmptyState>
      </>
    );
  }

  const switcher = (
    <div className="mb-4">
      <PlanSwitch slug={ws.slug} mode={mode} />
    </div>
  );
  if (mode === "optimal") {
    return (
      <>
        {header}
        <RoadmapTabs slug={ws.slug} />
        {switcher}
        <TodayNote roadmap={data} />
        <OptimalView printing={printing} />
      </>
    );
  }

  const t = data.totals;
  // The timeline's room on a phone (a row is about 157 px tall at a phone's width), until it reaches the screen.
  const timelinePlaceholder = phone ? <SectionPlaceholder height={110 + 157 * scheduled.length} /> : undefined;
  return (
    <>
      {header}
      <RoadmapTabs slug={ws.slug} />
      {switcher}
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div>
            <dt className="inline text-slate-600">Scheduled </dt>
            <dd className="inline font-semibold tabular-nums">{t.scheduledCount}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600">Not scheduled </dt>
            <dd className="inline font-semibold tabular-nums">{t.unscheduledCount}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600">Triple crowns scheduled </dt>
            <dd className="inline font-semibold tabular-nums">{t.tripleCrownsScheduled}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600">Periods over capacity </dt>
            <dd className={`inline font-semibold tabular-nums ${t.overCapacityPeriods ? "text-amber-800" : ""}`}>
              {t.overCapacityPeriods}
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-600">Effort not scheduled </dt>
            <dd className="inline font-semibold tabular-nums">{formatNumber(t.effortUnscheduled, 1)}</dd>
          </div>
        </dl>
        <div className="no-print">
          <label htmlFor="roadmap-department" className="block text-xs font-medium text-slate-700">
            Department
          </label>
          <select
            id="roadmap-department"
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
            className="rounded-md border-0 py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
          >
            <option value="">All departments</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d || "(none)"}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TodayNote roadmap={data} />
      <CrownLegend />
      {/* The phone's plan, first on a phone: a wide screen never shows it, so a request from one leaves it out (decision 054). */}
      <LiveWhenShown layout="phone" className="no-print mb-6 md:hidden">
        <PeriodList
          rows={scheduled}
          periods={data.periods}
          currentPeriod={data.calendar.currentPeriod}
          slug={ws.slug}
          canUpdate={canUpdate}
          onUpdate={(row) => setUpdatingId(row.item.id)}
        />
      </LiveWhenShown>
      <p className="no-print mb-1 text-xs text-slate-600 md:hidden">
        <span aria-hidden>↔</span> Scroll sideways to see every quarter.
      </p>
      {/* On a wide screen the timeline is the page; on a phone it follows the list, far below the fold, and starts as
          the room it takes, filled in as it reaches the screen. */}
      <LiveWhenShown nearViewport placeholder={timelinePlaceholder}>
        <Card className="print:shadow-none">
          <WaitsForLaterCode fallback={timelinePlaceholder}>
            <Timeline
              rows={scheduled}
              periods={data.periods}
              currentPeriod={data.calendar.currentPeriod}
              printing={printing}
              titleOf={titleOf}
              statusOf={statusOf}
              canUpdate={canUpdate}
              onUpdate={(row) => setUpdatingId(row.item.id)}
            />
          </WaitsForLaterCode>
          <p className="px-4 py-2 text-xs text-slate-600">
            {department
              ? `Capacity bars count the work of every department, not only ${department}. `
              : "Capacity is in effort units per period. "}
            {done ? `${done} done initiatives are no longer on the plan: ` : ""}
            {done ? (
              <Link href={`/w/${ws.slug}/roadmap/results`} className="font-medium text-brand-700 underline">
                see Plan vs realised
              </Link>
            ) : null}
          </p>
        </Card>
      </LiveWhenShown>
      <LiveWhenShown nearViewport>
        <UnscheduledList
          rows={unscheduled}
          periods={data.periods}
          printing={printing}
          statusOf={statusOf}
          canUpdate={canUpdate}
          onUpdate={(row) => setUpdatingId(row.item.id)}
        />
      </LiveWhenShown>
      {dialogUsed ? (
        <UpdateDialog
          row={updating}
          periods={data.periods}
          currentPeriod={data.calendar.currentPeriod}
          onClose={() => setUpdatingId(null)}
        />
      ) : null}
    </>
  );
}
