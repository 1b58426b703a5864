"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Badge, Card } from "../ui/card";
import { InfoTip } from "../guide/info-tip";
import { formatPercent } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

const SAMPLES = 30;

/**
 * The "core index": how often the optimal plan keeps each initiative when
 * cost and revenue are drawn from their ranges. Asked for on demand — each
 * sample is a solve of its own, run in the background.
 */
export function RobustnessCard() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [asked, setAsked] = useState(false);
  const query = useQuery(
    trpc.plan.robustness.queryOptions({ workspaceId: ws.id, samples: SAMPLES }, { enabled: asked, staleTime: 60_000 }),
  );
  const data = query.data;
  const count = (v: "robust_in" | "robust_out") => data?.rows.filter((r) => r.verdict === v).length ?? 0;
  const borderline = data?.rows.filter((r) => r.verdict === "borderline") ?? [];
  return (
    <Card className="mt-4 p-5" data-testid="plan-robustness">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="flex items-center gap-1 text-base font-semibold text-slate-900">
            How robust is this plan? <InfoTip entry="robustness" figure="robustness" />
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Plans {SAMPLES} samples of the cost and revenue ranges and counts how often each initiative is in the optimal plan.
          </p>
        </div>
        {!asked || query.error ? (
          <Button variant="secondary" onClick={() => (asked ? void query.refetch() : setAsked(true))}>
            {query.error ? "Try again" : "Check robustness"}
          </Button>
        ) : null}
      </div>
      {asked && query.isPending ? (
        <p className="mt-3 text-sm text-slate-700" role="status">
          Planning {SAMPLES} samples in the background…
        </p>
      ) : null}
      {query.error ? (
        <div className="mt-3">
          <Alert>{readTrpcError(query.error).message}</Alert>
        </div>
      ) : null}
      {data ? (
        <div className="mt-3 text-sm text-slate-800">
          <p data-testid="robustness-counts">
            {count("robust_in")} in the plan in 90% of samples or more, {count("robust_out")} in 10% or fewer, {borderline.length}{" "}
            borderline ({data.optimalSamples} of {data.samples} samples solved to proven optimality).
          </p>
          {borderline.length ? (
            <>
              <p className="mt-2 font-medium">Borderline — better estimates would settle these:</p>
              <ul className="mt-1 space-y-1">
                {borderline.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center gap-2">
                    <span>{r.title}</span>
                    <Badge tone="amber">in {formatPercent(r.share * 100)} of samples</Badge>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-2">
              Every initiative is in the plan, or out of it, in at least 90% of samples: no place depends on how the estimates turn out.
            </p>
          )}
        </div>
      ) : null}
    </Card>
  );
}
