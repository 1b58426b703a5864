"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_components/trpc/client";
import { readTrpcError } from "@/app/_components/trpc/read-trpc-error";
import { Button } from "@/app/_components/ui/button";
import { Alert, Badge, Skeleton } from "@/app/_components/ui/card";
import { DataTable, type TableColumn } from "@/app/_components/ui/data-table";
import { formatDateTime } from "@/app/_components/ui/format";
import { useWorkspace } from "@/app/_components/workspace/workspace-context";

const COLUMNS: TableColumn[] = [
  { label: "Event" },
  { label: "Status" },
  { label: "Answer" },
  { label: "Attempts" },
  { label: "Response" },
  { label: "Actions", srOnly: true },
];

const STATUS_TONE = { pending: "amber", delivered: "green", failed: "red" } as const;

/** A hook's latest deliveries with the receiver's answers; a finished one can be sent again. */
export function DeliveriesTable({ hookId, paused }: { hookId: string; paused: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const input = { workspaceId: ws.id, hookId, limit: 20 };
  // Pending deliveries change within seconds: look again while any is waiting.
  const deliveries = useQuery({
    ...trpc.webhook.deliveries.queryOptions(input),
    refetchInterval: (q) => (q.state.data?.some((d) => d.status === "pending") ? 5_000 : false),
  });
  const redeliver = useMutation(
    trpc.webhook.redeliver.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.webhook.deliveries.queryKey() }),
    }),
  );

  if (deliveries.isPending) return <Skeleton className="h-16 w-full" />;
  if (deliveries.error) return <Alert>{readTrpcError(deliveries.error).message}</Alert>;
  if (deliveries.data.length === 0) return <p className="text-sm text-slate-600">No deliveries yet. Send a test event to try the URL.</p>;

  return (
    <div className="space-y-2">
      {redeliver.error ? <Alert>{readTrpcError(redeliver.error).message}</Alert> : null}
      <div className="overflow-x-auto">
        <DataTable caption="Latest deliveries" columns={COLUMNS} dense>
          {deliveries.data.map((d) => (
            <tr key={d.id} className="align-top">
              <td className="px-3 py-2">
                <code className="text-xs">{d.eventType}</code>
                <span className="block text-xs text-slate-500">{formatDateTime(d.createdAt)}</span>
              </td>
              <td className="px-3 py-2">
                <Badge tone={STATUS_TONE[d.status]}>{d.status}</Badge>
                {d.status === "pending" && d.attempts > 0 ? (
                  <span className="block text-xs text-slate-500">next try {formatDateTime(d.nextAttemptAt)}</span>
                ) : null}
              </td>
              <td className="px-3 py-2 tabular-nums">{d.lastStatusCode ?? "–"}</td>
              <td className="px-3 py-2 tabular-nums">{d.attempts}</td>
              <td className="max-w-md px-3 py-2">
                {d.lastError ? <span className="block text-xs text-red-700">{d.lastError}</span> : null}
                {d.lastResponseExcerpt ? (
                  <pre className="max-h-24 overflow-auto whitespace-pre-wrap break-all text-xs text-slate-600">{d.lastResponseExcerpt}</pre>
                ) : null}
              </td>
              <td className="px-3 py-2 text-right">
                {d.status !== "pending" ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={paused}
                    title={paused ? "Resume the webhook to redeliver" : undefined}
                    aria-label={`Redeliver ${d.eventType} of ${formatDateTime(d.createdAt)}`}
                    onClick={() => redeliver.mutate({ workspaceId: ws.id, deliveryId: d.id })}
                  >
                    Redeliver
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </div>
  );
}
