"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { cn } from "../ui/cn";
import { Link } from "../ui/link";
import { useWorkspace } from "../workspace/workspace-context";
import { FIRST_HOUR_STEPS } from "./first-hour-steps";

/**
 * The guided first hour on the overview: the method's steps in order, each
 * ticked by the workspace's data (server/domain/workspace/onboarding.ts).
 * Shown until every step is done or this person puts it away.
 */
export function FirstHourChecklist() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const query = useQuery(trpc.workspace.onboarding.queryOptions({ workspaceId: ws.id }));
  const key = trpc.workspace.onboarding.queryKey({ workspaceId: ws.id });
  const dismiss = useMutation({
    mutationFn: async () => await client.workspace.dismissOnboarding.mutate({ workspaceId: ws.id, dismissed: true }),
    onSuccess: () => queryClient.setQueryData(key, (old) => (old ? { ...old, dismissed: true } : old)),
  });
  const example = useMutation({
    mutationFn: async () => await client.workspace.loadExample.mutate({ workspaceId: ws.id }),
    // Everything on the page may have changed: the scorecard, its charts, the checklist itself.
    onSuccess: async () => await queryClient.invalidateQueries(),
  });

  const data = query.data;
  if (!data || data.dismissed || data.steps.every((s) => s.done)) return null;
  const done = data.steps.filter((s) => s.done).length;
  const next = data.steps.find((s) => !s.done)?.key;
  const error = dismiss.error ?? example.error;

  return (
    <Card className="no-print mb-6 p-5" data-testid="first-hour">
      <section aria-labelledby="first-hour-title">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="first-hour-title" className="text-base font-semibold text-slate-900">
              Your first hour with the method
            </h2>
            <p className="mt-1 max-w-2xl text-sm text-slate-600">
              From a customer need to a planned initiative, in order. Each step ticks itself when the workspace has it ({done} of{" "}
              {data.steps.length} done).
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            {data.empty && ws.canCall("workspace.loadExample") ? (
              <Button variant="secondary" busy={example.isPending} onClick={() => example.mutate()}>
                Load example data
              </Button>
            ) : null}
            <Button variant="ghost" busy={dismiss.isPending} onClick={() => dismiss.mutate()}>
              Hide this checklist
            </Button>
          </div>
        </div>
        {error ? (
          <div className="mt-3">
            <Alert>{readTrpcError(error).message}</Alert>
          </div>
        ) : null}
        <ol className="mt-4 space-y-2">
          {data.steps.map((s, index) => {
            const step = FIRST_HOUR_STEPS[s.key];
            return (
              <li
                key={s.key}
                data-testid={`first-hour-${s.key}`}
                data-done={s.done}
                className={cn(
                  "flex flex-wrap items-start gap-3 rounded-md px-3 py-2",
                  s.key === next ? "bg-brand-50 ring-1 ring-brand-200" : "",
                )}
              >
                <span
                  aria-hidden
                  className={cn(
                    "mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold",
                    s.done ? "bg-emerald-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300",
                  )}
                >
                  {s.done ? "✓" : index + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <span className={cn("block text-sm font-medium", s.done ? "text-slate-600" : "text-slate-900")}>
                    {step.title}
                    <span className="sr-only">{s.done ? " (done)" : " (to do)"}</span>
                  </span>
                  <span className="block text-xs text-slate-600">{step.text}</span>
                </span>
                {s.done ? (
                  <span className="text-xs font-medium text-emerald-700">Done</span>
                ) : (
                  <Link
                    href={`/w/${ws.slug}/${step.path}`}
                    className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline underline-offset-2"
                  >
                    {step.go}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
        <p className="mt-3 text-xs text-slate-600">
          Words you do not know yet are in the{" "}
          <Link href={`/w/${ws.slug}/glossary`} className="font-medium text-brand-700 underline underline-offset-2">
            glossary
          </Link>
          .
        </p>
      </section>
    </Card>
  );
}
