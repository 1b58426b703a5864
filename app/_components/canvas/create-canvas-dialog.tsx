"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { SelectField, TextField } from "../ui/field";
import { formText } from "../ui/form-text";
import { useWorkspace } from "../workspace/workspace-context";

export function CreateCanvasDialog({
  open,
  onClose,
  categories,
  categoryId,
}: {
  open: boolean;
  onClose: () => void;
  categories: { id: string; name: string }[];
  categoryId?: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const ws = useWorkspace();
  const create = useMutation(
    trpc.canvas.create.mutationOptions({
      onSuccess: (canvas) => {
        void queryClient.invalidateQueries({ queryKey: trpc.canvas.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.category.list.queryKey() });
        router.push(`/w/${ws.slug}/canvases/${canvas.id}`);
      },
    }),
  );
  const fe = readTrpcError(create.error).fieldErrors;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    create.mutate({ workspaceId: ws.id, categoryId: formText(form, "categoryId"), title: formText(form, "title") });
  }

  return (
    <Dialog
      open={open}
      onClose={() => {
        create.reset();
        onClose();
      }}
      title="New SCO canvas"
      description="One canvas per category is usual; a second one can hold a different journey of the same customers."
    >
      <form onSubmit={submit} noValidate className="space-y-4" aria-label="New canvas">
        <SelectField label="Category" name="categoryId" defaultValue={categoryId ?? categories[0]?.id} error={fe.categoryId}>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Title"
          name="title"
          required
          error={fe.title}
          placeholder="e.g. Car back the same day"
          hint="A short name for the outcome; you write the full statement on the canvas."
        />
        {create.error && !Object.keys(fe).length ? <Alert>{readTrpcError(create.error).message}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" busy={create.isPending}>
            Create canvas
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
