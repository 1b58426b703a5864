"use client";

import { useState, type FormEvent } from "react";
import { createMomentInput } from "@/server/domain/moments/schemas";
import { parseNumber, zodFieldErrors } from "../categories/zod-errors";
import { errorMessage, fieldErrors } from "../trpc/error-message";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { SelectField, TextField } from "../ui/field";
import { formText } from "../ui/form-text";
import { useWorkspace } from "../workspace/workspace-context";
import { IMPORTANCE_OPTIONS, JOURNEY_OPTIONS, PERFORMANCE_OPTIONS } from "./moment-options";
import type { useMoments } from "./use-moments";

/** Adds one row; the fields mirror the table's columns and the API's schema checks them first. */
export function AddMomentForm({ canvasId, create }: { canvasId: string; create: ReturnType<typeof useMoments>["create"] }) {
  const ws = useWorkspace();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const parsed = createMomentInput.safeParse({
      canvasId,
      name: formText(form, "name"),
      stage: formText(form, "stage"),
      journeyType: formText(form, "journeyType"),
      channel: formText(form, "channel"),
      importance: parseNumber(formText(form, "importance")),
      performance: parseNumber(formText(form, "performance")),
      volumePerYear: parseNumber(formText(form, "volumePerYear")) ?? 0,
      costPerInteraction: parseNumber(formText(form, "costPerInteraction")) ?? 0,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    setFailure(null);
    setPending(true);
    try {
      const { canvasId: _c, ...values } = parsed.data;
      await create(values);
      formEl.reset();
      (formEl.elements.namedItem("name") as HTMLInputElement | null)?.focus();
    } catch (error) {
      setErrors(fieldErrors(error));
      setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a moment of truth" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-8">
        <TextField label="Moment of truth" name="name" required error={errors.name} placeholder="e.g. Told the car is ready" className="sm:col-span-2 xl:col-span-2" />
        <TextField label="Stage" name="stage" error={errors.stage} placeholder="e.g. Collection" />
        <SelectField label="Journey type" name="journeyType" defaultValue="other" error={errors.journeyType}>
          {JOURNEY_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Channel" name="channel" error={errors.channel} placeholder="e.g. Phone" />
        <SelectField label="Importance" name="importance" defaultValue="4" error={errors.importance}>
          {IMPORTANCE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Performance" name="performance" defaultValue="3" error={errors.performance}>
          {PERFORMANCE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Volume per year" name="volumePerYear" inputMode="decimal" error={errors.volumePerYear} placeholder="0" />
        <TextField label={`Cost per interaction (${ws.currency})`} name="costPerInteraction" inputMode="decimal" error={errors.costPerInteraction} placeholder="0" />
        <div className="flex items-end">
          <Button type="submit" busy={pending} className="w-full">
            Add moment
          </Button>
        </div>
      </div>
      {failure && !Object.keys(errors).length ? <Alert>{failure}</Alert> : null}
    </form>
  );
}
