"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import type { StoredModel } from "../scorecard/types";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { NumberField } from "../ui/number-field";
import { TextField } from "../ui/field";
import { useWorkspace } from "../workspace/workspace-context";
import { parseDraft, sameModel, toDraft, type Draft } from "./draft";
import { PreviewPanel } from "./preview-panel";
import { useDebouncedValue } from "./use-debounced-value";
import { WeightSliders } from "./weight-sliders";

/** The draft model with its sliders, fields, live preview and save; it checks the draft with the server's zod rules. */
export function ModelEditor({ model, justSaved, onSaved }: { model: StoredModel; justSaved: boolean; onSaved: (version: number) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const canEdit = ws.canCall("scoringModel.update");
  const [draft, setDraft] = useState<Draft>(() => toDraft(model));
  const [note, setNote] = useState("");
  const parsed = useMemo(() => parseDraft(draft), [draft]);
  const changed = parsed.model === null || !sameModel(parsed.model, toModelFields(model));
  const debounced = useDebouncedValue(parsed.model, 400);

  const save = useMutation(
    trpc.scoringModel.update.mutationOptions({
      onSuccess: async (next) => {
        onSaved(next.number);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.scoringModel.pathKey() }),
        ]);
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!parsed.model) return;
    save.mutate({ workspaceId: ws.id, ...parsed.model, version: model.number, note });
  }

  const set = (key: Exclude<keyof Draft, "weights" | "confidenceFromEvidence">) => (e: { target: { value: string } }) => {
    setDraft({ ...draft, [key]: e.target.value });
  };
  const e = parsed.errors;
  const conflict = readTrpcError(save.error).code === "CONFLICT";

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card className="p-5">
        <form onSubmit={submit} className="space-y-6" noValidate aria-label="Scoring model">
          <p className="text-sm text-slate-700">
            Version {model.number}
            {model.createdBy?.name ? `, by ${model.createdBy.name}` : ""}.{" "}
            {canEdit ? "" : "Only an admin can change the model; you can try values and see the preview."}
          </p>
          <WeightSliders
            value={draft.weights}
            disabled={false}
            onChange={(weights) => {
              setDraft({ ...draft, weights });
            }}
          />
          {e.weights ? <p className="text-sm font-medium text-red-700">{e.weights}</p> : null}
          <fieldset className="space-y-3">
            <legend className="text-base font-semibold text-slate-900">Scales and finance</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <NumberField
                label={`Reference cost reduction (${ws.currency} per year)`}
                hint="The yearly saving your organisation calls significant: it earns the full 10 points (formally, the material amount)"
                value={draft.materialCost}
                onChange={set("materialCost")}
                error={e["materialAmount.cost"]}
              />
              <NumberField
                label={`Reference revenue growth (${ws.currency} per year)`}
                hint="The yearly extra revenue your organisation calls significant: it earns the full 10 points"
                value={draft.materialRevenue}
                onChange={set("materialRevenue")}
                error={e["materialAmount.revenue"]}
              />
              <NumberField
                label="Revenue margin (%)"
                hint="Share of revenue growth that is profit (NPV only)"
                value={draft.marginPercent}
                onChange={set("marginPercent")}
                error={e.revenueMargin}
              />
              <NumberField
                label="Discount rate (% per year)"
                hint="For the net present value"
                value={draft.discountPercent}
                onChange={set("discountPercent")}
                error={e.discountRate}
              />
              <NumberField
                label="Horizon (years)"
                hint="Years of benefit counted in the NPV, 1 to 10"
                value={draft.horizonYears}
                onChange={set("horizonYears")}
                error={e.horizonYears}
              />
              <TextField
                label="Crown threshold (points)"
                hint="A crown counts only when its score is above this, 0 to 10 (0.5 by default; 0 counts any gain)"
                type="number"
                min={0}
                max={10}
                step="any"
                value={draft.crownThreshold}
                onChange={set("crownThreshold")}
                error={e.crownThreshold}
              />
            </div>
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="text-base font-semibold text-slate-900">Confidence</legend>
            <label className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                className="mt-1"
                checked={draft.confidenceFromEvidence}
                onChange={(ev) => setDraft({ ...draft, confidenceFromEvidence: ev.target.checked })}
                aria-describedby="confidence-from-evidence-help"
              />
              <span>Work out confidence from the evidence</span>
            </label>
            <p id="confidence-from-evidence-help" className="text-sm text-slate-600">
              An initiative&apos;s confidence then follows from its assumptions and risks: each untested one counts as a coin toss, each
              validated or invalidated one moves it up or down by how strong its evidence is (opinion, data, test, launch), and critical
              ones count twice. Initiatives without assumptions or risks keep the confidence picked by hand.
            </p>
          </fieldset>
          {canEdit ? (
            <div className="space-y-3 border-t border-slate-200 pt-4">
              <TextField
                label="Note for the history"
                hint="Why this change? For example: “Board asked to weigh cost more this year.”"
                value={note}
                limit={2000}
                onChange={(ev) => setNote(ev.target.value)}
              />
              {save.error ? (
                <Alert>
                  {readTrpcError(save.error).message}
                  {conflict ? " Reload to start from the newest version (your changes here will be replaced)." : null}
                </Alert>
              ) : null}
              {justSaved && !changed ? (
                <Alert tone="success">Saved as version {model.number}. The scorecard and roadmap now use this model.</Alert>
              ) : null}
              <div className="flex flex-wrap justify-end gap-2">
                {conflict ? (
                  <Button variant="secondary" onClick={() => void queryClient.invalidateQueries({ queryKey: trpc.scoringModel.pathKey() })}>
                    Reload
                  </Button>
                ) : null}
                <Button
                  variant="ghost"
                  disabled={!changed}
                  onClick={() => {
                    setDraft(toDraft(model));
                  }}
                >
                  Discard changes
                </Button>
                <Button type="submit" busy={save.isPending} disabled={!changed || parsed.model === null}>
                  Save as version {model.number + 1}
                </Button>
              </div>
            </div>
          ) : null}
        </form>
      </Card>
      <div>
        <PreviewPanel draft={debounced} changed={changed} />
      </div>
    </div>
  );
}

function toModelFields(m: StoredModel) {
  return {
    weights: m.weights,
    materialAmount: m.materialAmount,
    revenueMargin: m.revenueMargin,
    discountRate: m.discountRate,
    horizonYears: m.horizonYears,
    crownThreshold: m.crownThreshold,
    confidenceFromEvidence: m.confidenceFromEvidence,
  };
}
