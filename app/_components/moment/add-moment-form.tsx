"use client";

import { useState, type FormEvent } from "react";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { SelectField, TextField } from "../ui/field";
import { formText } from "../ui/form-text";
import { NumberField } from "../ui/number-field";
import { readNumbers } from "../ui/typed-number";
import { useWorkspace } from "../workspace/workspace-context";
import { IMPORTANCE_OPTIONS, JOURNEY_OPTIONS, PERFORMANCE_OPTIONS, type JourneyType } from "./moment-options";
import type { useMoments } from "./use-moments";

/** Adds one row; the fields mirror the table's columns and the API's schema checks them first. */
export function AddMomentForm({ create }: { create: ReturnType<typeof useMoments>["create"] }) {
  const ws = useWorkspace();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const read = readNumbers({
      importance: formText(form, "importance"),
      performance: formText(form, "performance"),
      volumePerYear: formText(form, "volumePerYear"),
      costPerInteraction: formText(form, "costPerInteraction"),
    });
    setErrors(read.ok ? {} : read.errors);
    setFailure(null);
    if (!read.ok) return;
    const numbers = read.values;
    setPending(true);
    try {
      await create({
        name: formText(form, "name"),
        stage: formText(form, "stage"),
        journeyType: formText(form, "journeyType") as JourneyType,
        channel: formText(form, "channel"),
        importance: numbers.importance ?? 0,
        performance: numbers.performance ?? 0,
        volumePerYear: numbers.volumePerYear ?? 0,
        costPerInteraction: numbers.costPerInteraction ?? 0,
      });
      formEl.reset();
      (formEl.elements.namedItem("name") as HTMLInputElement | null)?.focus();
    } catch (error) {
      setErrors(readTrpcError(error).fieldErrors);
      setFailure(readTrpcError(error).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a moment of truth" className="space-y-3">
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-start">
        <TextField
          label="Moment of truth"
          name="name"
          required
          error={errors.name}
          placeholder="e.g. Told the car is ready"
          className="col-span-2 sm:w-64"
        />
        <TextField label="Stage" name="stage" error={errors.stage} placeholder="e.g. Collection" className="sm:w-32" />
        <SelectField label="Journey type" name="journeyType" defaultValue="other" error={errors.journeyType} className="sm:w-44">
          {JOURNEY_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Channel" name="channel" error={errors.channel} placeholder="e.g. Phone" className="sm:w-32" />
        <SelectField label="Importance" name="importance" defaultValue="4" error={errors.importance} className="sm:w-32">
          {IMPORTANCE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Performance" name="performance" defaultValue="3" error={errors.performance} className="sm:w-36">
          {PERFORMANCE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <NumberField label="Volume per year" name="volumePerYear" error={errors.volumePerYear} placeholder="0" className="sm:w-32" />
        <NumberField
          label={`Cost per interaction (${ws.currency})`}
          name="costPerInteraction"
          error={errors.costPerInteraction}
          placeholder="0"
          className="sm:w-40"
        />
        <div className="col-span-2 flex sm:pt-6">
          <Button type="submit" busy={pending} className="w-full sm:w-auto">
            Add moment
          </Button>
        </div>
      </div>
      {failure && !Object.keys(errors).length ? <Alert>{failure}</Alert> : null}
    </form>
  );
}
