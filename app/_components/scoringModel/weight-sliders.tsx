"use client";

import { useId, useRef } from "react";
import { CROWN_KEYS, rebalance, type CrownKey, type Weights } from "./rebalance";

const LABELS: Record<CrownKey, { name: string; text: string }> = {
  experience: { name: "Experience", text: "better moments of truth for customers" },
  cost: { name: "Cost", text: "lower running cost" },
  revenue: { name: "Revenue", text: "more revenue" },
};

function Slider({
  crown,
  value,
  onChange,
  onRelease,
  disabled,
}: {
  crown: CrownKey;
  value: number;
  onChange: (v: number) => void;
  onRelease: () => void;
  disabled: boolean;
}) {
  const id = useId();
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {LABELS[crown].name} weight
        </label>
        <output htmlFor={id} className="text-lg font-semibold tabular-nums text-slate-900" data-testid={`weight-${crown}`}>
          {value}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={1}
        value={value}
        disabled={disabled}
        aria-valuetext={`${value} of 100`}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(Number(e.target.value))}
        onBlur={onRelease}
        onPointerUp={onRelease}
        className="mt-1 w-full accent-brand-600 disabled:opacity-60"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {LABELS[crown].text}
      </p>
    </div>
  );
}

/** Three linked sliders: moving one shares the rest of 100 between the other two in proportion. */
export function WeightSliders({ value, onChange, disabled }: { value: Weights; onChange: (w: Weights) => void; disabled: boolean }) {
  // While one slider moves (a drag, or arrow key after arrow key), the other two keep the proportion they had when it
  // started: rebalancing from each intermediate, rounded step would let rounding drift the proportion away.
  const anchor = useRef<{ crown: CrownKey; weights: Weights } | null>(null);
  function move(crown: CrownKey, v: number) {
    if (anchor.current?.crown !== crown) anchor.current = { crown, weights: value };
    onChange(rebalance(anchor.current.weights, crown, v));
  }
  const release = () => (anchor.current = null);
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">Weights of the three crowns</legend>
      <p className="text-xs text-slate-600">
        They always add up to 100: moving one shares the rest between the other two in proportion. Arrow keys move a slider by 1.
      </p>
      {CROWN_KEYS.map((c) => (
        <Slider key={c} crown={c} value={value[c]} disabled={disabled} onChange={(v) => move(c, v)} onRelease={release} />
      ))}
      <p className="text-sm text-slate-700" aria-live="polite">
        Sum: <span className="font-semibold tabular-nums">{value.experience + value.cost + value.revenue}</span> of 100
      </p>
    </fieldset>
  );
}
