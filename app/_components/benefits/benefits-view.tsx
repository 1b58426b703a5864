"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { PlannedRealisedBar } from "../results/planned-realised-bar";
import { RoadmapSkeleton } from "../roadmap/roadmap-skeleton";
import { RoadmapTabs } from "../roadmap/roadmap-tabs";
import { PrintButton } from "../scorecard/print-button";
import { usePrintMode } from "../scorecard/use-print-mode";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card, EmptyState, PageHeader } from "../ui/card";
import { formatMoneyShort, formatNumber } from "../ui/format";
import { LocalTime } from "../ui/local-time";
import { useWorkspace } from "../workspace/workspace-context";
import { BenefitGroupsTable } from "./benefit-groups-table";
import { BenefitInitiatives } from "./benefit-initiatives";
import { CalibrationTable } from "./calibration-table";
import { departmentName, verdictText, type BenefitsData } from "./words";

/** The money totals and the experience effect of all delivered work, as cards. */
function Totals({ data, currency }: { data: BenefitsData; currency: string }) {
  const t = data.total;
  const money = (v: number) => formatMoneyShort(v, currency);
  const crowns = [
    { key: "cost", label: "Cost reduction", planned: t.planned.cost, recorded: t.plannedRecorded.cost, realised: t.realised.cost },
    {
      key: "revenue",
      label: "Revenue growth",
      planned: t.planned.revenue,
      recorded: t.plannedRecorded.revenue,
      realised: t.realised.revenue,
    },
  ];
  return (
    <section aria-labelledby="benefit-totals" className="mb-6">
      <h2 id="benefit-totals" className="sr-only">
        Totals
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        {crowns.map((c) => (
          <Card key={c.key} className="p-4 print:break-inside-avoid" data-testid={`benefit-total-${c.key}`}>
            <h3 className="text-sm font-semibold text-slate-900">{c.label}</h3>
            <dl className="mt-2 grid grid-cols-2 gap-2">
              <div>
                <dt className="text-xs text-slate-600">Planned since delivery</dt>
                <dd className="text-xl font-semibold tabular-nums text-slate-900">{money(c.planned)}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-600">Realised</dt>
                <dd className="text-xl font-semibold tabular-nums text-slate-900" data-testid="realised">
                  {money(c.realised)}
                </dd>
              </div>
            </dl>
            <div className="mt-2">
              <PlannedRealisedBar planned={c.recorded} realised={c.realised} label={`${c.label} realised against the periods recorded`} />
              <p className="text-[11px] text-slate-600">of the {money(c.recorded)} planned for the periods recorded</p>
            </div>
          </Card>
        ))}
        <Card className="p-4 print:break-inside-avoid" data-testid="benefit-total-experience">
          <h3 className="text-sm font-semibold text-slate-900">Experience effect</h3>
          <p className="mt-2 text-xl font-semibold text-slate-900">{verdictText(t.verdicts) ?? "No measures named"}</p>
          <p className="mt-1 text-xs text-slate-600">
            Outcome measures the delivered work expected to move, read before and after it finished: delivered (at least 90% of the expected
            change), partly (at least 25%), not yet, or not measured (no reading on one side).
          </p>
        </Card>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        Over {formatNumber(t.initiatives, 0)} initiatives: every done one, and work in progress that has recorded results. Planned is the
        likely yearly estimate times each period&apos;s share of a year (a quarter is a quarter of it), from the period after delivery up to
        the latest period that has ended
        {data.latestEndedPeriod ? ` (${data.latestEndedPeriod.label})` : ""}. {formatNumber(t.periodsNotRecorded, 0)} of these periods have
        no result recorded yet.
      </p>
    </section>
  );
}

/** Did delivered work bring what it promised? Benefits realisation for executives, printable for the board pack. */
export function BenefitsView() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const { printing, print } = usePrintMode();
  const benefits = useQuery(trpc.scorecard.benefits.queryOptions({ workspaceId: ws.id }));
  const data = benefits.data;
  const header = (
    <PageHeader
      title="Benefits"
      description={
        <>
          What delivered work has brought since it was delivered, against what it promised: money per period, the customer outcomes it
          expected to move, and how far each department&apos;s estimates have come true.
          <span className="hidden print:inline">
            {" "}
            {ws.name}
            <LocalTime prefix=", printed " />.
          </span>
        </>
      }
      actions={data && data.total.initiatives > 0 ? <PrintButton onPrint={print} /> : null}
    />
  );
  if (benefits.isPending) return <RoadmapSkeleton />;
  if (benefits.error || !data) {
    return (
      <>
        {header}
        <RoadmapTabs slug={ws.slug} />
        <Alert>
          Benefits could not be loaded: {readTrpcError(benefits.error).message} Reload the page; if it keeps failing, tell your admin.
        </Alert>
        <Button className="mt-3" variant="secondary" onClick={() => void benefits.refetch()}>
          Try again
        </Button>
      </>
    );
  }
  const departments = data.departments.map((d) => ({ ...d, name: departmentName(d.name) }));
  return (
    <>
      {header}
      <RoadmapTabs slug={ws.slug} />
      {data.total.initiatives === 0 ? (
        <EmptyState
          title="Nothing delivered yet"
          action={
            <Link
              href={`/w/${ws.slug}/roadmap/results`}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              Go to plan vs realised
            </Link>
          }
        >
          Once an initiative is done (or in progress with results recorded), this page shows what it brought each period against its plan,
          and how far each department&apos;s estimates come true. Results are recorded on Plan vs realised.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <Totals data={data} currency={ws.currency} />
          <BenefitGroupsTable
            title="Per department"
            description="Realised bars compare with the plan for the periods that were recorded."
            nameHeader="Department"
            groups={departments}
            currency={ws.currency}
            testId="benefit-departments"
          />
          <BenefitGroupsTable
            title="Per category"
            description="An initiative counts under every category whose moments of truth it improves, so these rows add up to more than the total."
            nameHeader="Category"
            groups={data.categories}
            currency={ws.currency}
            testId="benefit-categories"
          />
          <CalibrationTable calibration={data.calibration} />
          <BenefitInitiatives rows={data.initiatives} total={data.initiativesTotal} printing={printing} />
        </div>
      )}
    </>
  );
}
