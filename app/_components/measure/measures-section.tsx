"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card, EmptyState, Skeleton } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { MeasureCard } from "./measure-card";
import { MeasureForm } from "./measure-form";
import { ConflictChoices } from "../autosave/save-status";
import { clashesOf, conflictOf, type Clash, type Pick } from "../autosave/use-autosave";

type MeasureClash = { id: string; name: string; version: number; clashes: Clash[]; changed: Record<string, unknown> };

/** The fields whose value differs from the measure as loaded: only those are sent (decision 018). */
function changedFields(before: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(before[k] ?? null)),
  );
}

/** The canvas's outside-in measures: does the customer get the outcome, and is it moving? */
export function MeasuresSection({ canvasId }: { canvasId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const canEdit = ws.canCall("measure.update");
  const canRecord = ws.canCall("measure.addActual");
  const input = { workspaceId: ws.id, canvasId };
  const list = useQuery(trpc.measure.list.queryOptions(input));
  const [adding, setAdding] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [clash, setClash] = useState<MeasureClash | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.measure.list.queryKey(input) });
    void queryClient.invalidateQueries({ queryKey: trpc.canvas.list.queryKey() });
  };
  const items = list.data ?? [];

  /** Their value stays where the person picked theirs; the rest of the person's edit is saved on the current version. */
  async function resolve(picks: Record<string, Pick>) {
    const c = clash;
    if (!c) return;
    setClash(null);
    const values = Object.fromEntries(Object.entries(c.changed).filter(([k]) => picks[k] !== "theirs"));
    try {
      if (Object.keys(values).length > 0)
        await client.measure.update.mutate({ workspaceId: ws.id, id: c.id, version: c.version, ...values });
    } catch (e) {
      setFailure(`${readTrpcError(e).message} Your change to “${c.name}” was not saved.`);
    }
    refresh();
  }

  return (
    <section aria-labelledby="measures-title" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="measures-title" className="text-lg font-semibold text-slate-900">
            Outside-in measures
          </h2>
          <p className="max-w-3xl text-sm text-slate-600">
            Measure what the customer gets (cars back on the promised day), not what you do (calls answered): you get what you measure.
          </p>
        </div>
        {canEdit && items.length && !adding ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add measure
          </Button>
        ) : null}
      </div>
      {failure ? <Alert>{failure}</Alert> : null}
      {clash ? (
        <div>
          <p className="mb-2 text-sm font-medium text-slate-800">“{clash.name}”</p>
          <ConflictChoices key={clash.id} clashes={clash.clashes} onResolve={(picks) => void resolve(picks)} />
        </div>
      ) : null}
      {list.error ? <Alert>{readTrpcError(list.error).message} Reload the page to try again.</Alert> : null}
      {list.isPending ? <Skeleton className="h-40 w-full" /> : null}
      {list.data && items.length === 0 && !canEdit ? (
        <EmptyState title="No measures yet">An editor adds the measures that show whether customers get this outcome.</EmptyState>
      ) : null}
      {items.length ? (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {items.map((m) => (
            <li key={m.id}>
              <MeasureCard
                measure={m}
                canEdit={canEdit}
                canRecord={canRecord}
                onUpdate={async (values) => {
                  const changed = changedFields(m, values);
                  try {
                    await client.measure.update.mutate({ workspaceId: ws.id, id: m.id, version: m.version, ...changed });
                  } catch (error) {
                    const conflict = conflictOf(error);
                    if (conflict?.fields?.length) {
                      setClash({ id: m.id, name: m.name, version: conflict.currentVersion, changed, clashes: clashesOf(conflict) });
                      refresh();
                    }
                    throw error;
                  }
                  refresh();
                }}
                onDelete={() => {
                  setFailure(null);
                  client.measure.delete
                    .mutate({ workspaceId: ws.id, id: m.id })
                    .then(refresh)
                    .catch((e: unknown) => setFailure(`${readTrpcError(e).message} The measure was not deleted.`));
                }}
                onAddActual={async (value) => {
                  await client.measure.addActual.mutate({ workspaceId: ws.id, measureId: m.id, ...value });
                  refresh();
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit && list.data && (adding || items.length === 0) ? (
        <Card className="p-4">
          <h3 className="text-sm font-semibold text-slate-900">{items.length ? "Add a measure" : "Add the first measure"}</h3>
          {items.length === 0 ? (
            <p className="mb-3 mt-1 text-sm text-slate-600">
              How would the customer know they got the outcome? Pick one or two numbers that show it, with today&apos;s value as the
              baseline and where you want to be as the target.
            </p>
          ) : (
            <div className="mb-3" />
          )}
          <MeasureForm
            submitLabel="Add measure"
            onCancel={items.length ? () => setAdding(false) : undefined}
            onSubmit={async (values) => {
              await client.measure.create.mutate({ workspaceId: ws.id, canvasId, ...values });
              refresh();
              setAdding(false);
            }}
          />
        </Card>
      ) : null}
    </section>
  );
}
