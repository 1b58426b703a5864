"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Badge, Card, Skeleton } from "../ui/card";
import { formatDateTime, formatPercent } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { formatMoneyShort } from "../charts/format-short";

const PAGE = 10;

/** Every version of the model, newest first: who changed what, when and why. */
export function HistoryList() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [limit, setLimit] = useState(PAGE);
  const history = useQuery({
    ...trpc.scoringModel.history.queryOptions({ workspaceId: ws.id, limit, offset: 0 }),
    placeholderData: keepPreviousData,
  });
  const items = history.data?.items ?? [];
  return (
    <Card className="p-4">
      <section aria-labelledby="history-title">
        <h2 id="history-title" className="text-base font-semibold text-slate-900">
          History of the model
        </h2>
        {history.isPending ? <Skeleton className="mt-2 h-24" /> : null}
        {history.error ? <Alert>{readTrpcError(history.error).message}</Alert> : null}
        <ol className="mt-2 divide-y divide-slate-100" data-testid="model-history">
          {items.map((m, n) => (
            <li key={m.id || m.number} className="py-2 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold text-slate-900">Version {m.number}</span>
                {n === 0 ? <Badge tone="green">current</Badge> : null}
                <span className="text-xs text-slate-600">
                  {m.createdAt ? formatDateTime(m.createdAt) : ""}
                  {m.createdBy?.name ? ` by ${m.createdBy.name}` : ""}
                </span>
              </p>
              <p className="text-xs text-slate-700">
                Weights {m.weights.experience} / {m.weights.cost} / {m.weights.revenue} · reference amounts{" "}
                {formatMoneyShort(m.materialAmount.cost, ws.currency)} / {formatMoneyShort(m.materialAmount.revenue, ws.currency)} · margin{" "}
                {formatPercent(m.revenueMargin * 100, 0)} · discount {formatPercent(m.discountRate * 100, 1)} · {m.horizonYears} years
              </p>
              {m.note ? <p className="mt-0.5 text-sm text-slate-800">“{m.note}”</p> : null}
            </li>
          ))}
        </ol>
        {history.data && history.data.total > items.length ? (
          <Button
            size="sm"
            variant="secondary"
            className="mt-2"
            busy={history.isFetching}
            onClick={() => setLimit((l) => Math.min(200, l + PAGE))}
          >
            Show older versions ({history.data.total - items.length} more)
          </Button>
        ) : null}
      </section>
    </Card>
  );
}
