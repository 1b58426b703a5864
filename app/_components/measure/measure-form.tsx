"use client";

import { useState, type FormEvent } from "react";
import type { MeasureItem, RouterInputs } from "../trpc/types";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { SelectField, TextField } from "../ui/field";
import { NumberField } from "../ui/number-field";
import { readNumbers } from "../ui/typed-number";
import { formText } from "../ui/form-text";

export type MeasureValues = Omit<RouterInputs["measure"]["create"], "workspaceId" | "canvasId" | "idempotencyKey">;

/** Name, kind, unit, direction, baseline and target; used to add a measure and to edit one. */
export function MeasureForm({
  measure,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  measure?: MeasureItem;
  submitLabel: string;
  onSubmit: (values: MeasureValues) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [kind, setKind] = useState(measure?.kind ?? "outcome");

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const read = readNumbers({ baseline: formText(form, "baseline"), target: formText(form, "target") });
    setErrors(read.ok ? {} : read.errors);
    setFailure(null);
    if (!read.ok) return;
    const { baseline, target } = read.values;
    setPending(true);
    try {
      await onSubmit({
        name: formText(form, "name"),
        kind: formText(form, "kind") as MeasureValues["kind"],
        unit: formText(form, "unit"),
        direction: formText(form, "direction") as MeasureValues["direction"],
        baseline,
        target,
      });
      if (!measure) {
        formEl.reset();
        setKind("outcome");
      }
    } catch (error) {
      setErrors(readTrpcError(error).fieldErrors);
      setFailure(readTrpcError(error).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={measure ? `Edit ${measure.name}` : "Add a measure"} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Measure"
          name="name"
          required
          defaultValue={measure?.name}
          error={errors.name}
          placeholder="e.g. Cars back on the promised day"
          className="sm:col-span-2"
        />
        <SelectField
          label="Kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          error={errors.kind}
          hint={
            kind === "output"
              ? "Output measure: measures activity, not the customer's outcome. You get what you measure."
              : "Outcome: shows whether customers get the result they want."
          }
        >
          <option value="outcome">Outcome (customer result)</option>
          <option value="output">Output (our activity)</option>
        </SelectField>
        <TextField label="Unit" name="unit" defaultValue={measure?.unit} error={errors.unit} placeholder="e.g. %, days, calls" />
        <SelectField label="Direction" name="direction" defaultValue={measure?.direction ?? "higher_is_better"} error={errors.direction}>
          <option value="higher_is_better">Higher is better</option>
          <option value="lower_is_better">Lower is better</option>
        </SelectField>
        <div className="grid grid-cols-2 gap-3">
          <NumberField label="Baseline" name="baseline" defaultValue={measure?.baseline ?? null} error={errors.baseline} />
          <NumberField label="Target" name="target" defaultValue={measure?.target ?? null} error={errors.target} />
        </div>
      </div>
      {failure && !Object.keys(errors).length ? <Alert>{failure}</Alert> : null}
      <div className="flex justify-end gap-2">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" busy={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
