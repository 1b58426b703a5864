"use client";

import { useEffect, useState } from "react";
import { Card } from "../ui/card";

/** The solver's own limit (docs/scoring.md, optimal plan); the bar fills towards it. */
const SOLVE_LIMIT_S = 2;

/**
 * Progress while the server works out a plan: the solver runs in a worker
 * thread with a time limit, so the bar shows the time spent against that
 * limit, and says so when the server is busy past it.
 */
export function Solving({ what }: { what: string }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds((Date.now() - started) / 1000), 100);
    return () => clearInterval(timer);
  }, []);
  const share = Math.min(1, seconds / SOLVE_LIMIT_S);
  return (
    <Card className="p-5" data-testid="plan-solving">
      <p className="text-sm font-medium text-slate-900" role="status" aria-live="polite">
        Working out {what}…
      </p>
      <div
        className="mt-3 h-2 w-full overflow-hidden rounded bg-slate-100"
        role="progressbar"
        aria-label="Time spent solving"
        aria-valuemin={0}
        aria-valuemax={SOLVE_LIMIT_S}
        aria-valuenow={Math.round(Math.min(seconds, SOLVE_LIMIT_S) * 10) / 10}
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="mt-2 text-xs text-slate-600">
        {seconds < SOLVE_LIMIT_S
          ? `The solver looks for the most value that fits, for at most ${SOLVE_LIMIT_S} seconds.`
          : "Still working: the server is busy with other workspaces. The plan appears as soon as it is ready."}
      </p>
    </Card>
  );
}
