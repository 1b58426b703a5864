"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { formText } from "../ui/form-text";
import { DateField } from "../ui/date-field";
import { NumberField } from "../ui/number-field";
import { readNumbers } from "../ui/typed-number";
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
  const [numberErrors, setNumberErrors] = useState<Record<string, string[]>>({});
  const fe = { ...readTrpcError(create.error).fieldErrors, ...numberErrors };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setCreated(null);
    const read = readNumbers({ count: formText(form, "count"), capacity: formText(form, "capacity") }, ["count"]);
    setNumberErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    create.mutate({
      workspaceId: ws.id,
      startDate: formText(form, "startDate"),
      count: read.values.count ?? 0,
      capacity: read.values.capacity ?? 0,
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Create quarters">
      <h2 className="font-semibold text-slate-900">Create quarters</h2>
      <p className="text-xs text-slate-600">Three-month periods labelled by calendar quarter (“Q1 2027”), one after the other.</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <DateField label="First quarter starts on" name="startDate" defaultValue={suggestedStart} required error={fe.startDate} />
        <NumberField label="Number of quarters" name="count" defaultValue={4} required error={fe.count} />
        <NumberField label="Capacity of each" name="capacity" defaultValue={0} error={fe.capacity} />
      </div>
      {create.error && !Object.keys(fe).length ? <Alert>{readTrpcError(create.error).message}</Alert> : null}
      {created !== null ? <Alert tone="success">{created} quarters created.</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" variant="secondary" busy={create.isPending}>
          Create quarters
        </Button>
      </div>
    </form>
  );
}
