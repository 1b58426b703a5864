"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { useWorkspace } from "../workspace/workspace-context";

export type ScenarioRef = { id: string; name: string; version: number };

/** Deleting asks first; the workspace's own data is untouched, only the scenario goes. */
export function DeleteScenarioDialog({
  scenario,
  onClose,
  onDeleted,
}: {
  scenario: ScenarioRef | null;
  onClose: () => void;
  onDeleted: (name: string) => void;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.scenario.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.scenario.list.queryKey() });
        if (scenario) onDeleted(scenario.name);
        close();
      },
    }),
  );
  function close() {
    remove.reset();
    onClose();
  }
  return (
    <Dialog open={scenario !== null} onClose={close} title={scenario ? `Delete “${scenario.name}”?` : "Delete scenario"}>
      {scenario ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            The scenario and what it changes are deleted. The workspace&apos;s periods, initiatives and plan stay as they are.
          </p>
          {remove.error ? <Alert>{readTrpcError(remove.error).message}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button
              variant="danger"
              busy={remove.isPending}
              onClick={() => remove.mutate({ workspaceId: ws.id, id: scenario.id, expectedVersion: scenario.version })}
            >
              Delete scenario
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
