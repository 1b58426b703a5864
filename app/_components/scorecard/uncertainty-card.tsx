"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { UncertaintyRanges } from "../charts/uncertainty-ranges";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

/** Initiatives shown with their range: the top of the ranking is where funding decisions are made. */
const TOP = 15;

/** Done and cancelled work is simulated but not ranked (rank and pTop10 null): the chart shows open work. */
function isRanked<T extends { rank: number | null; pTop10: number | null }>(r: T): r is T & { rank: number; pTop10: number } {
  return r.rank !== null && r.pTop10 !== null;
}
/** The server's limit on runs × initiatives (server/domain/scorecard/schemas.ts). */
const SAMPLE_BUDGET = 5_000_000;

function runsFor(initiatives: number): number {
  return Math.max(100, Math.min(1_000, Math.floor(SAMPLE_BUDGET / Math.max(1, initiatives) / 100) * 100));
}

function Elapsed() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span className="tabular-nums">{seconds} s</span>;
}

/** Monte Carlo ranges (docs/scoring.md §5), run on request because it takes a moment on large portfolios. */
export function UncertaintyCard({ initiativeCount }: { initiativeCount: number }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [started, setStarted] = useState(false);
  const runs = runsFor(initiativeCount);
  const simulation = useQuery({
    ...trpc.scorecard.simulate.queryOptions({ workspaceId: ws.id, runs }),
    enabled: started,
    staleTime: Infinity,
  });
  const running = started && simulation.isFetching;

  return (
    <Card className="p-4 print:break-inside-avoid print:shadow-none">
      <section aria-labelledby="uncertainty-title">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="uncertainty-title" className="text-base font-semibold text-slate-900">
              Uncertainty
            </h2>
            <p className="mt-0.5 max-w-2xl text-xs text-slate-600">
              How far the priority of the top {TOP} could move, and how often each stays in the top 10, when cost reduction and revenue
              growth land anywhere between their low and high estimates: {formatNumber(runs, 0)} simulated scenarios, the same every time.
              Priority (value for effort) is the measure the ranking is decided on.
            </p>
          </div>
          {!simulation.data ? (
            <Button className="no-print" variant="secondary" onClick={() => setStarted(true)} busy={running}>
              {running ? "Simulating…" : "Run the simulation"}
            </Button>
          ) : null}
        </div>
        {running ? (
          <div className="mt-4" aria-live="polite">
            <div role="progressbar" aria-label="Simulation running" className="h-2 overflow-hidden rounded-full bg-slate-100">
              <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-500" />
            </div>
            <p className="mt-1 text-xs text-slate-600">
              Simulating {formatNumber(runs, 0)} scenarios of {formatNumber(initiativeCount, 0)} initiatives… <Elapsed />
            </p>
          </div>
        ) : null}
        {simulation.error ? (
          <div className="mt-3">
            <Alert>
              The simulation failed: {readTrpcError(simulation.error).message}{" "}
              <button type="button" className="font-medium underline" onClick={() => void simulation.refetch()}>
                Try again
              </button>
            </Alert>
          </div>
        ) : null}
        {simulation.data ? (
          <div className="relative mt-3 overflow-x-auto">
            <UncertaintyRanges rows={simulation.data.rows.filter(isRanked).slice(0, TOP)} />
          </div>
        ) : !running ? (
          <p className="no-print mt-3 text-sm text-slate-600">Not run yet. It takes a second or two; the page stays usable meanwhile.</p>
        ) : null}
      </section>
    </Card>
  );
}
