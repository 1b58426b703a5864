"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useMemo } from "react";
import { isStarted } from "@/server/domain/initiative/status-rules";
import type { ScorecardRow } from "../scorecard/types";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, Card, Skeleton } from "../ui/card";
import { cn } from "../ui/cn";
import { formatDate, formatNumber, formatPercent } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

/** Canvases read for their measures: one request each, so the view stays cheap. */
const CANVAS_LIMIT = 8;

/**
 * Did the customer's outcome move? The outcome measures of the canvases
 * whose moments the started work changes, baseline against latest value.
 */
export function OutcomeMeasures({ initiatives }: { initiatives: ScorecardRow[] }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const categoryIds = useMemo(() => {
    const ids = new Set<string>();
    for (const i of initiatives) if (isStarted(i.status)) for (const l of i.breakdown.links) if (l.effect > 0) ids.add(l.categoryId);
    return ids;
  }, [initiatives]);
  const canvases = useQuery({ ...trpc.canvas.list.queryOptions({ workspaceId: ws.id, limit: 200 }), enabled: categoryIds.size > 0 });
  const linked = (canvases.data?.items ?? []).filter((c) => categoryIds.has(c.categoryId));
  const read = linked.slice(0, CANVAS_LIMIT);
  const measures = useQueries({
    queries: read.map((c) => ({ ...trpc.measure.list.queryOptions({ workspaceId: ws.id, canvasId: c.id }), staleTime: 60_000 })),
  });

  return (
    <Card className="mt-6 p-4 print:break-inside-avoid print:shadow-none">
      <section aria-labelledby="outcomes-title">
        <h2 id="outcomes-title" className="text-lg font-semibold text-slate-900">
          Outcome measures
        </h2>
        <p className="text-xs text-slate-600">
          The outside-in measures of the customer categories whose moments of truth the started work improves: are customers getting the
          outcome?
        </p>
        {categoryIds.size === 0 ? (
          <p className="mt-3 text-sm text-slate-600">
            No initiative in progress or done improves a moment of truth yet, so there is no outcome to follow.
          </p>
        ) : canvases.isPending ? (
          <Skeleton className="mt-3 h-24" />
        ) : canvases.error ? (
          <Alert>{readTrpcError(canvases.error).message}</Alert>
        ) : (
          <div className="mt-3 space-y-4">
            {read.map((c, n) => {
              const q = measures[n];
              const outcome = (q?.data ?? []).filter((m) => m.kind === "outcome");
              return (
                <div key={c.id}>
                  <h3 className="text-sm font-semibold text-slate-900">
                    <Link href={`/w/${ws.slug}/canvases/${c.id}`} className="hover:text-brand-700 hover:underline">
                      {c.title}
                    </Link>{" "}
                    <span className="font-normal text-slate-600">· {c.categoryName}</span>
                  </h3>
                  {q?.isPending ? <Skeleton className="mt-1 h-10" /> : null}
                  {q?.error ? <Alert>{readTrpcError(q.error).message}</Alert> : null}
                  {q?.data && outcome.length === 0 ? (
                    <p className="text-sm text-slate-600">No outcome measures on this canvas yet.</p>
                  ) : null}
                  {outcome.length ? (
                    <ul className="mt-1 divide-y divide-slate-100 text-sm">
                      {outcome.map((m) => {
                        const latest = m.latest?.value ?? null;
                        const moved = latest !== null && m.baseline !== null ? latest - m.baseline : null;
                        const better = moved === null || moved === 0 ? null : moved > 0 === (m.direction === "higher_is_better");
                        return (
                          <li key={m.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 py-1.5">
                            <span className="text-slate-900">{m.name}</span>
                            <span className="tabular-nums text-slate-700">
                              baseline {formatNumber(m.baseline, 1)}
                              {m.unit ? ` ${m.unit}` : ""} → latest{" "}
                              <span
                                className={cn(
                                  "font-semibold",
                                  better === true ? "text-emerald-700" : better === false ? "text-red-700" : "text-slate-900",
                                )}
                              >
                                {formatNumber(latest, 1)}
                                {latest !== null && m.unit ? ` ${m.unit}` : ""}
                              </span>
                              {m.latest ? ` (${formatDate(m.latest.date)})` : " (no values yet)"} · target {formatNumber(m.target, 1)}
                              {m.target !== null && m.unit ? ` ${m.unit}` : ""}
                              {m.progress !== null ? ` · ${formatPercent(m.progress, 0)} of the way` : ""}
                              {better !== null ? <span className="ml-1 text-xs">{better ? "better" : "worse"}</span> : null}
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </div>
              );
            })}
            {linked.length > CANVAS_LIMIT ? (
              <p className="text-xs text-slate-600">
                Showing {CANVAS_LIMIT} of {linked.length} linked canvases; open Canvases for the others.
              </p>
            ) : null}
          </div>
        )}
      </section>
    </Card>
  );
}
