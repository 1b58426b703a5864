"use client";

import { NumberField } from "../ui/number-field";

type EstimateText = { low: string; likely: string; high: string };

const POINTS = [
  { key: "low", label: "Low", hint: "if it goes badly" },
  { key: "likely", label: "Likely", hint: "your best guess; this one is scored" },
  { key: "high", label: "High", hint: "if it goes well" },
] as const;

/** A yearly three-point estimate that says what each number means. */
export function EstimateFields({
  legend,
  explain,
  value,
  onChange,
  errors,
  name,
  currency,
}: {
  legend: string;
  explain: string;
  value: EstimateText;
  onChange: (value: EstimateText) => void;
  errors: Record<string, string[]>;
  name: "costReduction" | "revenueGrowth";
  currency: string;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">
        {legend} <span className="font-normal text-slate-600">({currency} per year)</span>
      </legend>
      <p className="text-xs text-slate-600">{explain}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {POINTS.map((p) => (
          <NumberField
            key={p.key}
            label={`${p.label}`}
            aria-label={`${legend}, ${p.label.toLowerCase()} (${currency} per year)`}
            name={`${name}.${p.key}`}
            value={value[p.key]}
            onChange={(e) => onChange({ ...value, [p.key]: e.target.value })}
            hint={p.hint}
            error={errors[`${name}.${p.key}`]}
          />
        ))}
      </div>
    </fieldset>
  );
}
