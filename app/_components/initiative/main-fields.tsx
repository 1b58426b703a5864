"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTRPC } from "../trpc/client";
import { Card } from "../ui/card";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { NumberField } from "../ui/number-field";
import { useWorkspace } from "../workspace/workspace-context";
import type { Draft } from "./draft";
import { EstimateFields } from "./estimate-fields";
import { CONFIDENCE_OPTIONS } from "./labels";

/** Problem, owner, department, estimates, confidence, effort and duration: the autosaved part of the editor. */
export function MainFields({
  draft,
  onChange,
  errors,
  readOnly,
  assumptions = 0,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: Record<string, string[]>;
  readOnly: boolean;
  /** How many assumptions and risks the initiative has: with the model's evidence option they set the confidence. */
  assumptions?: number;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId: ws.id }));
  const departments = useQuery(trpc.initiative.departments.queryOptions({ workspaceId: ws.id }));
  const model = useQuery(trpc.scoringModel.get.queryOptions({ workspaceId: ws.id }));
  const fromEvidence = model.data?.confidenceFromEvidence === true && assumptions > 0;
  const listId = useId();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });

  return (
    <fieldset disabled={readOnly} className="min-w-0 space-y-6">
      <legend className="sr-only">Initiative details</legend>
      <Card className="space-y-4 p-4">
        <h2 className="font-semibold text-slate-900">The change</h2>
        <TextAreaField
          label="Problem"
          rows={4}
          value={draft.problem}
          limit={10_000}
          onChange={(e) => set("problem", e.target.value)}
          error={errors.problem}
          hint="Whose problem, at which moment of truth, and what it costs them today."
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Owner" value={draft.ownerId} onChange={(e) => set("ownerId", e.target.value)} error={errors.ownerId}>
            <option value="">No owner yet</option>
            {members.data?.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Department"
            list={listId}
            value={draft.department}
            limit={100}
            onChange={(e) => set("department", e.target.value)}
            error={errors.department}
            hint="Type a new one or pick one already in use."
          />
          <datalist id={listId}>
            {departments.data?.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        </div>
      </Card>

      <Card className="space-y-5 p-4">
        <div>
          <h2 className="font-semibold text-slate-900">Estimates</h2>
          <p className="text-sm text-slate-600">
            Yearly amounts once it runs, in {ws.currency}. Give a range: low and high bound your uncertainty, likely is scored.
          </p>
        </div>
        <EstimateFields
          name="costReduction"
          legend="Cost reduction"
          explain="What it saves per year: fewer calls, less rework, less waste. Negative if it adds running cost."
          value={draft.costReduction}
          onChange={(v) => set("costReduction", v)}
          errors={errors}
          currency={ws.currency}
        />
        <EstimateFields
          name="revenueGrowth"
          legend="Revenue growth"
          explain="Extra revenue per year: customers kept, more sold. Negative if it loses revenue."
          value={draft.revenueGrowth}
          onChange={(v) => set("revenueGrowth", v)}
          errors={errors}
          currency={ws.currency}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <NumberField
            label={`Investment (${ws.currency})`}
            value={draft.investment}
            onChange={(e) => set("investment", e.target.value)}
            error={errors.investment}
            hint="One-off cost to build it; used for NPV and payback."
          />
          <NumberField
            label="Effort (person-weeks)"
            value={draft.effort}
            onChange={(e) => set("effort", e.target.value)}
            error={errors.effort}
            hint="What it takes from the team's capacity."
          />
          <NumberField
            label="Duration (periods)"
            value={draft.durationPeriods}
            onChange={(e) => set("durationPeriods", e.target.value)}
            error={errors.durationPeriods}
            hint="How many periods (quarters) the work is spread over."
          />
        </div>
        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">Confidence</legend>
          <p className="text-xs text-slate-600">How sure are you of these estimates? It scales the value score.</p>
          {fromEvidence ? (
            <p className="text-xs text-slate-600" data-testid="confidence-from-evidence">
              The scoring model works confidence out from the assumptions and risks below; the one picked here counts again if they are all
              removed or the model stops doing so.
            </p>
          ) : null}
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {CONFIDENCE_OPTIONS.map((o) => (
              <label
                key={o.label}
                className="flex cursor-pointer items-start gap-2 rounded-md p-2 ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
              >
                <input
                  type="radio"
                  name="confidence"
                  value={o.value}
                  checked={draft.confidence === o.value}
                  onChange={() => set("confidence", o.value)}
                  className="mt-1"
                />
                <span className="text-sm">
                  <span className="font-medium text-slate-900">
                    {o.label} ({o.value})
                  </span>
                  <span className="block text-xs text-slate-600">{o.text}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.confidence ? <p className="mt-1 text-xs font-medium text-red-700">{errors.confidence.join(" ")}</p> : null}
        </fieldset>
      </Card>
    </fieldset>
  );
}
