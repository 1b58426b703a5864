"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
/** What the form needs of a period. */
type PlanPeriod = { id: string; index: number; label: string };
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Skeleton } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { SelectField, TextAreaField } from "../ui/field";
import { NumberField } from "../ui/number-field";
import { numberText, readNumbers } from "../ui/typed-number";
import { formatMoney } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

export type ResultTarget = { id: string; title: string; startPeriod: number | null };

/** What an initiative delivered in one period; recording a period again updates it. */
export function RecordResultDialog({
  target,
  periods,
  defaultIndex = null,
  onClose,
}: {
  target: ResultTarget | null;
  periods: PlanPeriod[];
  /** The period the form opens on: the latest ended one (what there is to report), from the server's clock. */
  defaultIndex?: number | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={target !== null} onClose={onClose} title="Record a realised result" description={target ? <>“{target.title}”</> : null}>
      {target ? <RecordForm key={target.id} target={target} periods={periods} defaultIndex={defaultIndex} onDone={onClose} /> : null}
    </Dialog>
  );
}

function RecordForm({
  target,
  periods,
  defaultIndex,
  onDone,
}: {
  target: ResultTarget;
  periods: PlanPeriod[];
  defaultIndex: number | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const detail = useQuery(trpc.initiative.get.queryOptions({ workspaceId: ws.id, id: target.id }));
  const results = detail.data?.results ?? [];
  const firstOpen =
    (defaultIndex !== null ? periods.find((p) => p.index === defaultIndex) : undefined) ??
    periods.find((p) => p.index >= (target.startPeriod ?? 0) && !results.some((r) => r.periodId === p.id)) ??
    periods[0];
  const [periodId, setPeriodId] = useState<string | null>(null);
  const chosen = periodId ?? firstOpen?.id ?? "";
  const existing = results.find((r) => r.periodId === chosen);
  const [values, setValues] = useState<{ cost: string; revenue: string; note: string } | null>(null);
  const shown = values ?? {
    cost: existing ? numberText(existing.actualCostReduction) : "",
    revenue: existing ? numberText(existing.actualRevenueGrowth) : "",
    note: existing?.note ?? "",
  };

  const record = useMutation(
    trpc.initiative.recordResult.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.initiative.get.queryKey({ workspaceId: ws.id, id: target.id }) });
        onDone();
      },
      onError: () => void detail.refetch(),
    }),
  );
  const [numberErrors, setNumberErrors] = useState<Record<string, string[]>>({});
  const fe = { ...readTrpcError(record.error).fieldErrors, ...numberErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    const read = readNumbers({ actualCostReduction: shown.cost, actualRevenueGrowth: shown.revenue }, ["actualCostReduction"]);
    setNumberErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    record.mutate({
      workspaceId: ws.id,
      initiativeId: target.id,
      periodId: chosen,
      actualCostReduction: read.values.actualCostReduction ?? 0,
      actualRevenueGrowth: read.values.actualRevenueGrowth ?? 0,
      note: shown.note,
      version: existing?.version,
    });
  }

  if (periods.length === 0)
    return <Alert tone="warning">There are no periods to record against. An admin adds them in Settings → Periods.</Alert>;
  if (detail.isPending) return <Skeleton className="h-40" />;
  if (detail.error) return <Alert>{readTrpcError(detail.error).message}</Alert>;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <SelectField
        label="Period"
        value={chosen}
        onChange={(e) => {
          setPeriodId(e.target.value);
          setValues(null);
        }}
        error={fe.periodId}
      >
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
            {results.some((r) => r.periodId === p.id) ? " (recorded)" : ""}
          </option>
        ))}
      </SelectField>
      {existing ? <p className="text-xs text-slate-600">A result is already recorded for this period: saving replaces it.</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField
          label={`Cost reduction realised (${ws.currency})`}
          required
          value={shown.cost}
          onChange={(e) => setValues({ ...shown, cost: e.target.value })}
          error={fe.actualCostReduction}
          hint="Saved in this period; negative if costs went up"
        />
        <NumberField
          label={`Revenue growth realised (${ws.currency})`}
          value={shown.revenue}
          onChange={(e) => setValues({ ...shown, revenue: e.target.value })}
          error={fe.actualRevenueGrowth}
          hint="Extra revenue in this period; 0 when none"
        />
      </div>
      <TextAreaField
        label="Note"
        rows={2}
        limit={2000}
        value={shown.note}
        onChange={(e) => setValues({ ...shown, note: e.target.value })}
        error={fe.note}
      />
      {record.error && !Object.keys(fe).length ? <Alert>{readTrpcError(record.error).message}</Alert> : null}
      {results.length ? (
        <div className="text-xs text-slate-600">
          <p className="font-medium text-slate-800">Recorded so far</p>
          <ul>
            {results.map((r) => (
              <li key={r.id}>
                {r.periodLabel}: cost {formatMoney(r.actualCostReduction, ws.currency)}, revenue{" "}
                {formatMoney(r.actualRevenueGrowth, ws.currency)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" busy={record.isPending}>
          {existing ? "Update result" : "Record result"}
        </Button>
      </div>
    </form>
  );
}
