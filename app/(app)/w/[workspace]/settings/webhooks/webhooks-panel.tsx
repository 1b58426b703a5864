"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/app/_components/trpc/client";
import { readTrpcError } from "@/app/_components/trpc/read-trpc-error";
import { Button } from "@/app/_components/ui/button";
import { Alert, Badge, Card, EmptyState, Skeleton } from "@/app/_components/ui/card";
import { formatDateTime } from "@/app/_components/ui/format";
import { useWorkspace } from "@/app/_components/workspace/workspace-context";
import { DeliveriesTable } from "./deliveries-table";
import { NewWebhookForm } from "./new-webhook-form";
import { SecretOnce } from "./secret-once";

/** The admin's webhooks: register, test, pause, rotate, delete, and read the deliveries. */
export function WebhooksPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const allowed = ws.canCall("webhook.list");
  const [open, setOpen] = useState<string | null>(null);
  const [rotated, setRotated] = useState<{ id: string; secret: string } | null>(null);
  const [tested, setTested] = useState<string | null>(null);
  const hooks = useQuery({ ...trpc.webhook.list.queryOptions({ workspaceId: ws.id }), enabled: allowed });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.webhook.deliveries.queryKey() });
  };
  const pause = useMutation(trpc.webhook.pause.mutationOptions({ onSettled: refresh }));
  const resume = useMutation(trpc.webhook.resume.mutationOptions({ onSettled: refresh }));
  const remove = useMutation(trpc.webhook.delete.mutationOptions({ onSettled: refresh }));
  const rotate = useMutation(trpc.webhook.rotateSecret.mutationOptions({ onSuccess: (h) => setRotated({ id: h.id, secret: h.secret }) }));
  const test = useMutation(
    trpc.webhook.sendTest.mutationOptions({
      onSuccess: (_r, vars) => {
        setTested(vars.id);
        setOpen(vars.id);
      },
      onSettled: refresh,
    }),
  );

  if (!allowed)
    return <Alert tone="info">Only workspace admins can manage webhooks. Ask an admin if another system should hear of changes.</Alert>;

  const failing = hooks.data?.filter((h) => h.state === "paused" && h.pauseReason === "failing") ?? [];
  const actionError = [pause, resume, remove, rotate, test].find((m) => m.error)?.error;

  return (
    <div className="space-y-6">
      {failing.map((h) => (
        <Alert key={h.id} tone="warning">
          The webhook to <span className="font-mono">{h.url}</span> was paused
          {h.pausedAt ? ` on ${formatDateTime(h.pausedAt)}` : ""} after 10 failed deliveries in a row. Check the answers in its deliveries,
          fix the receiver, then resume it: the deliveries waiting since are sent then (those older than 24 hours are given up).
        </Alert>
      ))}
      <NewWebhookForm onChanged={refresh} />
      {actionError ? <Alert>{readTrpcError(actionError).message}</Alert> : null}
      {hooks.isPending ? <Skeleton className="h-24 w-full" /> : null}
      {hooks.error ? <Alert>{readTrpcError(hooks.error).message}</Alert> : null}
      {hooks.data?.length === 0 ? (
        <EmptyState title="No webhooks yet">Add a URL above to have changes sent to another system as they happen.</EmptyState>
      ) : null}
      {hooks.data?.map((h) => (
        <Card key={h.id} className="p-5" data-testid="webhook">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h2 className="break-all font-mono text-sm font-semibold text-slate-900">{h.url}</h2>
              <p className="mt-1 text-xs text-slate-500">
                Added {formatDateTime(h.createdAt)}
                {h.createdByName ? ` by ${h.createdByName}` : ""}
                {h.consecutiveFailures > 0
                  ? ` · ${h.consecutiveFailures} failed attempt${h.consecutiveFailures === 1 ? "" : "s"} in a row`
                  : ""}
              </p>
              <div className="mt-2 flex flex-wrap gap-1">
                <Badge tone={h.state === "active" ? "green" : "amber"}>{h.state}</Badge>
                {h.events.map((e) => (
                  <Badge key={e}>{e}</Badge>
                ))}
              </div>
            </div>
            <div className="flex flex-wrap gap-2">
              <Button
                variant="secondary"
                size="sm"
                disabled={h.state !== "active"}
                busy={test.isPending && test.variables?.id === h.id}
                onClick={() => test.mutate({ workspaceId: ws.id, id: h.id })}
              >
                Send test event
              </Button>
              {h.state === "active" ? (
                <Button variant="secondary" size="sm" onClick={() => pause.mutate({ workspaceId: ws.id, id: h.id })}>
                  Pause
                </Button>
              ) : (
                <Button variant="secondary" size="sm" onClick={() => resume.mutate({ workspaceId: ws.id, id: h.id })}>
                  Resume
                </Button>
              )}
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  if (window.confirm("Make a new signing secret? The old one stops working at once; update your receiver."))
                    rotate.mutate({ workspaceId: ws.id, id: h.id });
                }}
              >
                Rotate secret
              </Button>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Delete the webhook to ${h.url}`}
                onClick={() => {
                  if (window.confirm("Delete this webhook and its delivery history? Events stop going to this URL."))
                    remove.mutate({ workspaceId: ws.id, id: h.id });
                }}
              >
                Delete
              </Button>
            </div>
          </div>
          {rotated?.id === h.id ? <SecretOnce secret={rotated.secret} onDone={() => setRotated(null)} /> : null}
          {tested === h.id ? (
            <p className="mt-3 text-sm text-slate-600" role="status">
              Test event queued: it is sent within a few seconds and appears in the deliveries below.
            </p>
          ) : null}
          <div className="mt-4">
            <Button variant="ghost" size="sm" aria-expanded={open === h.id} onClick={() => setOpen(open === h.id ? null : h.id)}>
              {open === h.id ? "Hide deliveries" : "Show deliveries"}
            </Button>
            {open === h.id ? (
              <div className="mt-3">
                <DeliveriesTable hookId={h.id} paused={h.state !== "active"} />
              </div>
            ) : null}
          </div>
        </Card>
      ))}
    </div>
  );
}
