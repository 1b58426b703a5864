"use client";

import { useState, type FormEvent } from "react";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { DateField } from "../ui/date-field";
import { NumberField } from "../ui/number-field";
import { readNumbers } from "../ui/typed-number";
import { formText } from "../ui/form-text";

/** The person's own calendar day (not UTC's): "today" is where they are. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

/** A value dated after today would show as the latest reading before it was measured (the server refuses it too). */
function futureDateError(date: string): string[] | undefined {
  return date > today() ? [`Date: ${date} is in the future; record a value on the day it was measured, today at the latest.`] : undefined;
}

/** A dated value of the measure: what it was on that day. */
export function AddActualForm({
  measureName,
  unit,
  onAdd,
}: {
  measureName: string;
  unit: string;
  onAdd: (input: { date: string; value: number }) => Promise<unknown>;
}) {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const read = readNumbers({ value: formText(form, "value") }, ["value"]);
    const future = futureDateError(formText(form, "date"));
    const bad = { ...(read.ok ? {} : read.errors), ...(future ? { date: future } : {}) };
    setErrors(bad);
    if (!read.ok || Object.keys(bad).length || read.values.value === null) return;
    const value = read.values.value;
    setPending(true);
    try {
      await onAdd({ date: formText(form, "date"), value });
      // Empty the value for the next one but keep the date: a reset also clears the field's echo.
      const date = formText(form, "date");
      formEl.reset();
      (formEl.elements.namedItem("date") as HTMLInputElement | null)!.value = date;
    } catch (error) {
      const fe = readTrpcError(error).fieldErrors;
      setErrors(Object.keys(fe).length ? fe : { value: [readTrpcError(error).message] });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={`Add a value of ${measureName}`} className="space-y-2">
      <p className="text-xs font-medium text-slate-700">Record a value</p>
      <div className="grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)_auto] items-start gap-2">
        <DateField label="Date" name="date" defaultValue={today()} max={today()} error={errors.date} />
        <NumberField label={unit ? `Value (${unit})` : "Value"} name="value" error={errors.value} />
        <Button type="submit" size="md" variant="secondary" busy={pending} className="mt-6" aria-label={`Add value of ${measureName}`}>
          Add
        </Button>
      </div>
    </form>
  );
}
