"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { TextField } from "../ui/field";
import { formText } from "../ui/form-text";
import { DateField } from "../ui/date-field";
import { NumberField } from "../ui/number-field";
import { readNumbers } from "../ui/typed-number";
import { useWorkspace } from "../workspace/workspace-context";
import { useRefreshPlan } from "./use-refresh-plan";

/** One period by hand: a label, the day it starts, optionally its last day, and its capacity. */
export function AddPeriodForm() {
  const trpc = useTRPC();
  const refreshPlan = useRefreshPlan();
  const ws = useWorkspace();
  const [added, setAdded] = useState<string | null>(null);
  const create = useMutation(
    trpc.period.create.mutationOptions({
      onSuccess: async (p) => {
        setAdded(p.label);
        await refreshPlan();
      },
    }),
  );
  const [numberErrors, setNumberErrors] = useState<Record<string, string[]>>({});
  const fe = { ...readTrpcError(create.error).fieldErrors, ...numberErrors };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setAdded(null);
    const read = readNumbers({ capacity: formText(form, "capacity") });
    setNumberErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    create.mutate(
      {
        workspaceId: ws.id,
        label: formText(form, "label"),
        startDate: formText(form, "startDate"),
        endDate: formText(form, "endDate") || null,
        capacity: read.values.capacity ?? 0,
      },
      { onSuccess: () => (e.target as HTMLFormElement).reset() },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Add a period">
      <h2 className="font-semibold text-slate-900">Add a period</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Label" name="label" placeholder="Q1 2027" required error={fe.label} />
        <DateField label="Starts on" name="startDate" required error={fe.startDate} />
        <DateField label="Last day (optional)" name="endDate" error={fe.endDate} hint="Empty: until the next period starts" />
        <NumberField label="Capacity" name="capacity" defaultValue={0} error={fe.capacity} hint="Effort units, e.g. person-weeks" />
      </div>
      {create.error && !Object.keys(fe).length ? <Alert>{readTrpcError(create.error).message}</Alert> : null}
      {added ? <Alert tone="success">{added} added.</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" variant="secondary" busy={create.isPending}>
          Add period
        </Button>
      </div>
    </form>
  );
}
