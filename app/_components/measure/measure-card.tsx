"use client";

import { useState } from "react";
import type { MeasureItem } from "../trpc/types";
import { Button } from "../ui/button";
import { Badge, Card } from "../ui/card";
import { cn } from "../ui/cn";
import { formatDate, formatNumber } from "../ui/format";
import { Dialog } from "../ui/dialog";
import { AddActualForm } from "./add-actual-form";
import { Sparkline } from "./sparkline";
import { MeasureForm, type MeasureValues } from "./measure-form";

// Recharts loads after first paint (see canvas-editor.tsx).

function withUnit(value: number | null | undefined, unit: string) {
  if (value === null || value === undefined) return "—";
  return `${formatNumber(value, 2)}${unit ? ` ${unit}` : ""}`;
}

/** Baseline, target, latest, trend and how far along: one measure at a glance. */
export function MeasureCard({
  measure: m,
  canEdit,
  canRecord,
  onUpdate,
  onDelete,
  onAddActual,
}: {
  measure: MeasureItem;
  canEdit: boolean;
  canRecord: boolean;
  onUpdate: (values: MeasureValues) => Promise<unknown>;
  onDelete: () => void;
  onAddActual: (input: { date: string; value: number }) => Promise<unknown>;
}) {
  const [editing, setEditing] = useState(false);
  const progress = m.progress;
  return (
    <Card className="flex flex-col p-4" data-testid="measure-card">
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{m.name}</h3>
        <Badge tone={m.isOutputMeasure ? "amber" : "green"}>{m.isOutputMeasure ? "Output" : "Outcome"}</Badge>
      </div>
      {m.outputWarning ? (
        <p className="mt-1 text-xs font-medium text-amber-800">
          <span aria-hidden>⚠ </span>Output measure: {m.outputWarning}.
        </p>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">{m.direction === "higher_is_better" ? "Higher is better" : "Lower is better"}</p>
      <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-xs text-slate-600">Baseline</dt>
          <dd className="font-medium tabular-nums">{withUnit(m.baseline, m.unit)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Target</dt>
          <dd className="font-medium tabular-nums">{withUnit(m.target, m.unit)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Latest</dt>
          <dd className="font-medium tabular-nums" data-testid="measure-latest">
            {withUnit(m.latest?.value, m.unit)}
            {m.latest ? <span className="block text-xs font-normal text-slate-500">{formatDate(m.latest.date)}</span> : null}
          </dd>
        </div>
      </dl>
      <div className="mt-3">
        <Sparkline
          values={m.series.map((s) => s.value)}
          target={m.target}
          dates={m.series.map((s) => s.date)}
          marks={m.finishes.map((f) => ({
            key: f.initiativeId,
            date: f.date,
            label: `${f.title} finished in ${f.periodLabel} (${formatDate(f.date)})`,
          }))}
        />
        {m.series.length >= 2 ? (
          <p className="sr-only">
            Trend of the last {m.series.length} values, from {withUnit(m.series[0]?.value, m.unit)} to{" "}
            {withUnit(m.series.at(-1)?.value, m.unit)}.
          </p>
        ) : null}
        {m.finishes.length > 0 ? (
          <p className="mt-1 text-xs text-slate-600" data-testid="measure-finishes">
            <span className="text-amber-700" aria-hidden>
              ▼{" "}
            </span>
            Finished:{" "}
            {m.finishes.map((f, i) => (
              <span key={f.initiativeId}>
                {i ? "; " : ""}
                {f.title} ({formatDate(f.date)})
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <div className="mt-2">
        <div className="flex justify-between text-xs text-slate-600">
          <span>Progress from baseline to target</span>
          <span className={cn("font-semibold tabular-nums", progress !== null && progress < 0 ? "text-red-700" : "text-slate-900")}>
            {progress === null ? "—" : `${Math.round(progress)}%`}
          </span>
        </div>
        <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden>
          <div
            className={cn("h-full rounded-full", progress !== null && progress < 0 ? "bg-red-500" : "bg-emerald-500")}
            style={{ width: `${Math.min(100, Math.abs(progress ?? 0))}%` }}
          />
        </div>
        {progress === null ? <p className="mt-1 text-xs text-slate-500">Needs a baseline, a target and a value.</p> : null}
      </div>
      {canRecord ? (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <AddActualForm measureName={m.name} unit={m.unit} onAdd={onAddActual} />
        </div>
      ) : null}
      {canEdit ? (
        <div className="mt-3 flex justify-end gap-1">
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)} aria-label={`Edit ${m.name}`}>
            Edit
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="text-red-700 hover:bg-red-50"
            aria-label={`Delete ${m.name}`}
            onClick={() => {
              if (window.confirm(`Delete the measure “${m.name}” and its recorded values?`)) onDelete();
            }}
          >
            Delete
          </Button>
        </div>
      ) : null}
      <Dialog open={editing} onClose={() => setEditing(false)} title={`Edit “${m.name}”`} wide>
        <MeasureForm
          measure={m}
          submitLabel="Save measure"
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            await onUpdate(values);
            setEditing(false);
          }}
        />
      </Dialog>
    </Card>
  );
}
