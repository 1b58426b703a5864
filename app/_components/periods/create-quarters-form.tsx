"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../trpc/client";
import { errorMessage, fieldErrors } from "../trpc/error-message";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { TextField } from "../ui/field";
import { formText } from "../ui/form-text";
import { useWorkspace } from "../workspace/workspace-context";
import { useRefreshPlan } from "./use-refresh-plan";

/** The usual plan in one go: N quarters from a date, each with the same capacity. */
export function CreateQuartersForm({ suggestedStart }: { suggestedStart: string }) {
  const trpc = useTRPC();
  const refreshPlan = useRefreshPlan();
  const ws = useWorkspace();
  const [created, setCreated] = useState<number | null>(null);
  const create = useMutation(
    trpc.period.createQuarters.mutationOptions({
      onSuccess: async (rows) => {
        setCreated(rows.length);
        await refreshPlan();
      },
    }),
  );
  const fe = fieldErrors(create.error);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setCreated(null);
    const capacity = formText(form, "capacity");
    create.mutate({
      workspaceId: ws.id,
      startDate: formText(form, "startDate"),
      count: Number(formText(form, "count")),
      capacity: capacity === "" ? 0 : Number(capacity),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Create quarters">
      <h3 className="font-semibold text-slate-900">Create quarters</h3>
      <p className="text-xs text-slate-600">Three-month periods labelled by calendar quarter (“Q1 2027”), one after the other.</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="First quarter starts on" name="startDate" type="date" defaultValue={suggestedStart} required error={fe.startDate} />
        <TextField label="Number of quarters" name="count" type="number" min={1} max={40} step={1} defaultValue="4" required error={fe.count} />
        <TextField label="Capacity of each" name="capacity" type="number" min={0} step="any" defaultValue="0" error={fe.capacity} />
      </div>
      {create.error && !Object.keys(fe).length ? <Alert>{errorMessage(create.error)}</Alert> : null}
      {created !== null ? <Alert tone="success">{created} quarters created.</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" variant="secondary" busy={create.isPending}>
          Create quarters
        </Button>
      </div>
    </form>
  );
}
