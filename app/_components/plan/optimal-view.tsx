"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { CrownLegend } from "../roadmap/crown-legend";
import { Timeline } from "../roadmap/timeline";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { AdoptPlan } from "./adopt-plan";
import { PlanChanges } from "./plan-changes";
import { LeftOut } from "./left-out";
import { choiceTimeline } from "./choice-rows";
import { gainText, gapText } from "./choice-text";
import { RobustnessCard } from "./robustness-card";
import { Solving } from "./solving";

/**
 * The optimal plan beside the greedy one: the most value the capacity can
 * buy, how sure the solver is, what moved and what binds everything left out.
 */
export function OptimalView({ printing }: { printing: boolean }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const query = useQuery(trpc.plan.choice.queryOptions({ workspaceId: ws.id, mode: "optimal" }, { staleTime: 30_000 }));
  const plan = query.data;
  const timeline = useMemo(() => (plan ? choiceTimeline(plan) : null), [plan]);
  const { titleOf, statusOf } = useMemo(() => {
    const byId = new Map((plan?.items ?? []).map((i) => [i.id, i]));
    return { titleOf: (id: string) => byId.get(id)?.title ?? "another initiative", statusOf: (id: string) => byId.get(id)?.status };
  }, [plan]);

  if (query.isPending) return <Solving what="the optimal plan" />;
  if (query.error || !plan || !timeline) {
    return (
      <>
        <Alert>The optimal plan could not be worked out: {readTrpcError(query.error).message}</Alert>
        <Button className="mt-3" variant="secondary" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </>
    );
  }
  const gain = plan.objective - plan.greedyObjective;
  return (
    <>
      <Card className="mb-4 p-5" data-testid="optimal-summary">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-sm text-slate-600">Value newly planned</p>
            <p className="text-2xl font-semibold tabular-nums text-slate-900">
              {formatNumber(plan.objective, 1)}
              <span className="ml-2 text-sm font-normal text-slate-600">greedy plan: {formatNumber(plan.greedyObjective, 1)}</span>
            </p>
            <p className={`mt-1 text-sm font-medium ${gain > 1e-9 ? "text-emerald-800" : "text-slate-700"}`} data-testid="optimal-gain">
              {gain > 1e-9 ? "+" : ""}
              {gainText(plan)}
            </p>
            <p className="mt-1 text-sm text-slate-700" data-testid="optimal-gap">
              This plan is {gapText(plan)}. <span className="text-slate-500">Solved in {formatNumber(plan.solveMs / 1000, 2)} s.</span>
            </p>
          </div>
          <AdoptPlan plan={plan} />
        </div>
      </Card>
      <PlanChanges plan={plan} />
      <CrownLegend />
      <Card className="print:shadow-none">
        <Timeline
          rows={timeline.rows}
          periods={timeline.periods}
          currentPeriod={plan.calendar.currentPeriod}
          printing={printing}
          titleOf={titleOf}
          statusOf={statusOf}
          canUpdate={() => false}
          onUpdate={() => undefined}
        />
      </Card>
      <LeftOut plan={plan} />
      <RobustnessCard />
    </>
  );
}
