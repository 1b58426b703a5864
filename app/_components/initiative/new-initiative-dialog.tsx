"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { TextAreaField, TextField } from "../ui/field";
import { formText } from "../ui/form-text";
import { useWorkspace } from "../workspace/workspace-context";

/** Title and problem first; the editor takes the estimates and links, with the score beside them. */
export function NewInitiativeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const ws = useWorkspace();
  const create = useMutation(
    trpc.initiative.create.mutationOptions({
      onSuccess: (created) => {
        void queryClient.invalidateQueries({ queryKey: trpc.initiative.list.queryKey() });
        router.push(`/w/${ws.slug}/initiatives/${created.id}`);
      },
    }),
  );
  const fe = readTrpcError(create.error).fieldErrors;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    create.mutate({ workspaceId: ws.id, title: formText(form, "title"), problem: formText(form, "problem"), ownerId: ws.userId });
  }

  return (
    <Dialog
      open={open}
      onClose={() => {
        create.reset();
        onClose();
      }}
      title="New initiative"
      description="A change you propose. You will estimate it and link it to the moments of truth it improves next."
    >
      <form onSubmit={submit} noValidate className="space-y-4" aria-label="New initiative">
        <TextField label="Title" name="title" required error={fe.title} placeholder="e.g. Text customers when their car is ready" />
        <TextAreaField
          label="Problem"
          name="problem"
          error={fe.problem}
          hint="Whose problem, at which moment of truth, and what it costs them today."
          placeholder="Customers call us two or three times a day to ask whether the car is ready…"
        />
        <p className="text-xs text-slate-600">You will be its owner; you can change that in the editor.</p>
        {create.error && !Object.keys(fe).length ? <Alert>{readTrpcError(create.error).message}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" busy={create.isPending}>
            Create and open
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
