"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { formatDateTime } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import type { PlanViewData } from "./types";

/**
 * Adopting pins every newly planned initiative where the optimal plan put it
 * (approving proposals on the way), so the roadmap follows it. Admins and
 * executives adopt; the latest adoption can be undone.
 */
export function AdoptPlan({ plan }: { plan: PlanViewData }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const canAdopt = ws.canCall("plan.adopt");
  const adoptions = useQuery(trpc.plan.adoptions.queryOptions({ workspaceId: ws.id }, { enabled: canAdopt }));
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.initiative.pathKey() }),
    ]);
  };
  const adopt = useMutation(trpc.plan.adopt.mutationOptions({ onSuccess: async () => (setConfirming(false), await refresh()) }));
  const undo = useMutation(trpc.plan.undoAdoption.mutationOptions({ onSuccess: refresh }));
  if (!canAdopt) return null;

  const planned = plan.items.filter((i) => i.scheduled && i.kind === "planned");
  const proposals = planned.filter((i) => i.status === "proposed").length;
  const latest = adoptions.data?.find((a) => a.undoneAt === null);
  return (
    <div className="no-print max-w-sm text-sm">
      <Button onClick={() => setConfirming(true)} disabled={planned.length === 0}>
        Adopt this plan
      </Button>
      {planned.length === 0 ? <p className="mt-1 text-xs text-slate-600">Everything it plans is already pinned or under way.</p> : null}
      {adopt.data ? (
        <div className="mt-2">
          <Alert tone="success">{adopt.data.summary}</Alert>
        </div>
      ) : null}
      {latest ? (
        <div className="mt-2 text-xs text-slate-700" data-testid="latest-adoption">
          Adopted {formatDateTime(latest.createdAt)}
          {latest.createdBy ? ` by ${latest.createdBy}` : ""}.{" "}
          <Button
            size="sm"
            variant="secondary"
            busy={undo.isPending}
            onClick={() => undo.mutate({ workspaceId: ws.id, adoptionId: latest.id })}
          >
            Undo adoption
          </Button>
        </div>
      ) : null}
      {undo.data ? (
        <div className="mt-2">
          <Alert tone="info">
            Put back {undo.data.restored} initiative{undo.data.restored === 1 ? "" : "s"} as they were.
            {undo.data.kept.length ? ` Left as they are, since changed after the adoption: ${undo.data.kept.join(", ")}.` : ""}
          </Alert>
        </div>
      ) : null}
      {undo.error ? <Alert>{readTrpcError(undo.error).message}</Alert> : null}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Adopt the optimal plan?"
        description="The roadmap then follows this plan: each initiative it newly places is pinned to its start period."
      >
        <div data-dialog-body className="space-y-3 text-sm text-slate-800">
          <p>
            {planned.length} initiative{planned.length === 1 ? "" : "s"} will be pinned
            {proposals
              ? `, and ${proposals} proposal${proposals === 1 ? "" : "s"} approved on the way (a pin holds only for approved work)`
              : ""}
            . The change is in the audit trail and can be undone here.
          </p>
          {adopt.error ? <Alert>{readTrpcError(adopt.error).message}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button busy={adopt.isPending} onClick={() => adopt.mutate({ workspaceId: ws.id, stateKey: plan.stateKey })}>
              Adopt and pin {planned.length}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
