"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { SCENARIO_NAME_MAX } from "@/server/domain/scenario/schemas";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { TextField } from "../ui/field";
import { useWorkspace } from "../workspace/workspace-context";
import type { ScenarioRef } from "./delete-scenario-dialog";

/** A copy to change one thing in and compare: it asks only for the copy's name. */
export function DuplicateScenarioDialog({
  scenario,
  onClose,
  onDuplicated,
}: {
  scenario: ScenarioRef | null;
  onClose: () => void;
  onDuplicated: (name: string) => void;
}) {
  return (
    <Dialog open={scenario !== null} onClose={onClose} title={scenario ? `Duplicate “${scenario.name}”` : "Duplicate scenario"}>
      {scenario ? <DuplicateForm key={scenario.id} scenario={scenario} onClose={onClose} onDuplicated={onDuplicated} /> : null}
    </Dialog>
  );
}

function DuplicateForm({
  scenario,
  onClose,
  onDuplicated,
}: {
  scenario: ScenarioRef;
  onClose: () => void;
  onDuplicated: (name: string) => void;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const [name, setName] = useState(`${scenario.name} (copy)`.slice(0, SCENARIO_NAME_MAX));
  const [edited, setEdited] = useState(false);
  const duplicate = useMutation(
    trpc.scenario.duplicate.mutationOptions({
      onSuccess: async (copy) => {
        await queryClient.invalidateQueries({ queryKey: trpc.scenario.list.queryKey() });
        onDuplicated(copy.name);
        onClose();
      },
    }),
  );
  const failure = readTrpcError(duplicate.error);
  const nameError = edited ? undefined : failure.fieldErrors.name?.join(" ");
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setEdited(false);
    duplicate.mutate({ workspaceId: ws.id, id: scenario.id, name });
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Duplicate scenario">
      <TextField
        label="Name of the copy"
        name="name"
        required
        limit={SCENARIO_NAME_MAX}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setEdited(true);
        }}
        error={nameError}
      />
      {duplicate.error && !failure.fieldErrors.name ? <Alert>{failure.message}</Alert> : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" busy={duplicate.isPending}>
          Duplicate
        </Button>
      </div>
    </form>
  );
}
