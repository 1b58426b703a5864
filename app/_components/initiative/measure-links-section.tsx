"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Link } from "@/app/_components/ui/link";
import type { MeasureOutcome } from "@/server/domain/initiative/measure-outcomes";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card, Skeleton } from "../ui/card";
import { SelectField } from "../ui/field";
import { formatDate } from "../ui/format";
import { NumberField } from "../ui/number-field";
import { readTypedNumber } from "../ui/typed-number";
import { useWorkspace } from "../workspace/workspace-context";
import { MeasureLinkRow } from "./measure-link-row";
import { directionHint, OUTPUT_FLAG } from "./measure-link-words";

export type MeasureLinkInput = { measureId: string; expectedChange: number; byPeriodId: string | null };

const MEASURE_SELECT_ID = "measure-link-measure";

const toInput = (l: MeasureOutcome): MeasureLinkInput => ({
  measureId: l.measureId,
  expectedChange: l.expectedChange,
  byPeriodId: l.byPeriod?.id ?? null,
});

/**
 * The outcome measures the initiative should move, and by how much: named
 * before the work, read against the measure's values after it is done
 * (the verdict comes from the server, measure-outcomes.ts).
 */
export function MeasureLinksSection({
  links,
  readOnly,
  onSave,
}: {
  links: MeasureOutcome[];
  readOnly: boolean;
  /** Saves the whole set; rejects with the server's error. */
  onSave: (links: MeasureLinkInput[]) => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const grouped = useQuery(trpc.measure.listGrouped.queryOptions({ workspaceId: ws.id }));
  const periods = useQuery({ ...trpc.period.list.queryOptions({ workspaceId: ws.id }), enabled: !readOnly });
  const [measureId, setMeasureId] = useState("");
  const [changeText, setChangeText] = useState("");
  const [byPeriodId, setByPeriodId] = useState("");
  const [errors, setErrors] = useState<{ measure?: string; change?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState("");
  const headingId = useId();

  const canvases = grouped.data?.canvases ?? [];
  const measureById = new Map(canvases.flatMap((c) => c.measures.map((m) => [m.id, { ...m, canvasTitle: c.canvasTitle }] as const)));
  const linked = new Set(links.map((l) => l.measureId));
  const chosen = measureId ? measureById.get(measureId) : undefined;
  const typed = readTypedNumber(changeText);
  const typedValue = typed.parsed.ok ? typed.parsed.value : null;
  const total = measureById.size;
  const today = new Date().toISOString().slice(0, 10);

  async function save(next: MeasureLinkInput[], done: string) {
    setBusy(true);
    setErrors({});
    try {
      await onSave(next);
      setAnnounce(done);
      return true;
    } catch (e) {
      setErrors({ form: readTrpcError(e).message });
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!chosen) found.measure = "Choose the measure it should move.";
    if (!typed.parsed.ok) found.change = typed.parsed.message;
    else if (typed.parsed.value === null) found.change = "Type the expected change, e.g. +8 or −2.5.";
    else if (typed.parsed.value === 0) found.change = "An expected change of 0 is no expectation: say how much the measure should move.";
    if (found.measure || found.change || !chosen || typedValue === null) {
      setErrors(found);
      return;
    }
    const next = [...links.map(toInput), { measureId: chosen.id, expectedChange: typedValue, byPeriodId: byPeriodId || null }];
    if (await save(next, `Linked ${chosen.name}.`)) {
      setMeasureId("");
      setChangeText("");
      setByPeriodId("");
      // Back to the measure list, ready for the next one.
      document.getElementById(MEASURE_SELECT_ID)?.focus();
    }
  }

  function remove(link: MeasureOutcome) {
    void save(links.filter((l) => l.measureId !== link.measureId).map(toInput), `Removed ${link.measureName}.`);
  }

  return (
    <Card className="space-y-3 p-4">
      <section aria-labelledby={headingId} className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h2 id={headingId} className="font-semibold text-slate-900">
              Outcome measures it should move
            </h2>
            <p className="text-sm text-slate-600">
              Say which customer outcome should change, and by how much. Once the work is done, the measure&apos;s values before and after
              it finished show whether it delivered.
            </p>
          </div>
          <p className="text-xs text-slate-500" role="status" aria-live="polite">
            {busy ? "Saving measures…" : announce || `${links.length} linked`}
          </p>
        </div>
        {errors.form ? <Alert>{errors.form}</Alert> : null}
        {grouped.error ? <Alert>{readTrpcError(grouped.error).message}</Alert> : null}

        {links.length === 0 ? (
          <p className="text-sm text-slate-600">
            {readOnly
              ? "No measures named yet."
              : "No measures named yet. Choose the outcome measure this initiative should move below, with the change you expect."}
          </p>
        ) : (
          <ul className="space-y-2" aria-label="Measures it should move">
            {links.map((l) => (
              <MeasureLinkRow
                key={l.measureId}
                link={l}
                canvasTitle={measureById.get(l.measureId)?.canvasTitle ?? null}
                today={today}
                onRemove={readOnly || busy ? null : () => remove(l)}
              />
            ))}
          </ul>
        )}

        {readOnly ? null : grouped.isPending ? (
          <Skeleton className="h-20" />
        ) : total === 0 ? (
          <p className="text-sm text-slate-600">
            This workspace has no measures yet.{" "}
            <Link href={`/w/${ws.slug}/canvases`} className="font-medium text-brand-700 hover:underline">
              Add them on a canvas
            </Link>{" "}
            first; then name the ones this initiative should move.
          </p>
        ) : (
          <form onSubmit={(e) => void add(e)} noValidate className="space-y-2 border-t border-slate-100 pt-3" aria-label="Add a measure">
            <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
              <SelectField
                id={MEASURE_SELECT_ID}
                label="Measure"
                value={measureId}
                error={errors.measure}
                onChange={(e) => {
                  setMeasureId(e.target.value);
                  setErrors((x) => ({ ...x, measure: undefined }));
                }}
              >
                <option value="">Choose a measure…</option>
                {canvases.map((c) => (
                  <optgroup key={c.canvasId} label={`${c.canvasTitle} (${c.categoryName})`}>
                    {c.measures.map((m) => (
                      <option key={m.id} value={m.id} disabled={linked.has(m.id)}>
                        {m.name}
                        {m.kind === "output" ? " (output)" : ""}
                        {linked.has(m.id) ? " — linked" : ""}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
              <NumberField
                label={chosen?.unit ? `Expected change (${chosen.unit})` : "Expected change"}
                value={changeText}
                error={errors.change}
                placeholder="+8"
                onChange={(e) => {
                  setChangeText(e.target.value);
                  setErrors((x) => ({ ...x, change: undefined }));
                }}
                hint={chosen ? directionHint(chosen.name, chosen.direction, typedValue) : "Signed: + for a rise, − for a fall."}
              />
              <SelectField label="By (optional)" value={byPeriodId} onChange={(e) => setByPeriodId(e.target.value)}>
                <option value="">No date</option>
                {(periods.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label} (ends {formatDate(p.lastDay)})
                  </option>
                ))}
              </SelectField>
            </div>
            {chosen?.kind === "output" ? (
              <p className="text-xs font-medium text-amber-800">
                <span aria-hidden>⚠ </span>
                {OUTPUT_FLAG}.
              </p>
            ) : null}
            <Button type="submit" size="sm" busy={busy} disabled={busy}>
              Add measure
            </Button>
          </form>
        )}
      </section>
    </Card>
  );
}
