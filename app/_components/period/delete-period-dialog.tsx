"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { useWorkspace } from "../workspace/workspace-context";
import { useRefreshPlan } from "./use-refresh-plan";

export type PeriodToDelete = { id: string; label: string; version: number };

/** Deleting a period asks first; when realised results are recorded in it, it says how many go with it and asks again. */
export function DeletePeriodDialog({ period, onClose }: { period: PeriodToDelete | null; onClose: () => void }) {
  const trpc = useTRPC();
  const refreshPlan = useRefreshPlan();
  const ws = useWorkspace();
  const remove = useMutation(
    trpc.period.delete.mutationOptions({
      onSuccess: async () => {
        await refreshPlan();
        close();
      },
    }),
  );
  const { conflict } = readTrpcError(remove.error);
  const pending = conflict && "needsConfirm" in conflict ? conflict : null;
  const needsConfirm = pending !== null;

  function close() {
    remove.reset();
    onClose();
  }

  return (
    <Dialog open={period !== null} onClose={close} title={period ? `Delete ${period.label}?` : "Delete period"}>
      {period ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            Initiatives that started or are pinned in it move to the next period; the plan is recomputed without its capacity.
          </p>
          {remove.error ? <Alert tone={needsConfirm ? "warning" : "error"}>{readTrpcError(remove.error).message}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
            <Button
              variant="danger"
              busy={remove.isPending}
              onClick={() => remove.mutate({ workspaceId: ws.id, id: period.id, version: period.version, confirm: needsConfirm })}
            >
              {needsConfirm ? `Delete with its ${pending?.results ?? ""} results` : "Delete period"}
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
