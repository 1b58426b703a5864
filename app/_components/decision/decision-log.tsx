"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, Card, Skeleton } from "../ui/card";
import { useHydrated } from "../ui/use-hydrated";
import { useWorkspace } from "../workspace/workspace-context";
import { decidedLine, expectedLine, realisedLine } from "./decision-text";

/**
 * Every executive decision on the initiative, newest first, with what the
 * scorecard expected at that moment and, once results are recorded, what
 * was realised against it.
 */
export function DecisionLog({ initiativeId }: { initiativeId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const hydrated = useHydrated();
  const list = useQuery(trpc.decision.list.queryOptions({ workspaceId: ws.id, initiativeId }));
  const items = list.data?.items ?? [];
  return (
    <Card className="space-y-3 p-4">
      <section aria-labelledby="decision-log-title" className="space-y-3">
        <div>
          <h2 id="decision-log-title" className="font-semibold text-slate-900">
            Decision log
          </h2>
          <p className="text-sm text-slate-600">What was decided, and the scorecard&apos;s figures at that moment.</p>
        </div>
        {list.isError ? <Alert>{readTrpcError(list.error).message}</Alert> : null}
        {list.isPending || !hydrated ? (
          <Skeleton className="h-12" />
        ) : items.length === 0 && !list.isError ? (
          <p className="text-sm text-slate-600">No decision recorded yet.</p>
        ) : (
          <ol className="space-y-2">
            {items.map((d) => {
              const realised = realisedLine(d, ws.currency);
              return (
                <li key={d.id} className="rounded-md px-3 py-2 text-sm ring-1 ring-slate-200">
                  <p className="font-medium text-slate-900">{decidedLine(d)}</p>
                  <p className="text-slate-700">{expectedLine(d, ws.currency)}</p>
                  {realised ? <p className="text-slate-700">{realised}</p> : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </Card>
  );
}
