"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { RoadmapData } from "../scorecard/types";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Badge } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { SelectField } from "../ui/field";
import { NumberField } from "../ui/number-field";
import { parseNumber } from "@/server/format/parse-number";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { useWorkspace } from "../workspace/workspace-context";
import type { PlanRow } from "./plan-rows";
import { canPin, canTrack } from "./update-rules";

/** Pin an approved initiative to a period, start it, record progress or finish it; the plan recomputes after each. */
export function UpdateDialog({
  row,
  periods,
  currentPeriod,
  onClose,
}: {
  row: PlanRow | null;
  periods: RoadmapData["periods"];
  /** The period containing today (server clock): pins and starts default to it. */
  currentPeriod: number;
  onClose: () => void;
}) {
  return (
    <Dialog open={row !== null} onClose={onClose} title="Update on the roadmap" description={row ? <>“{row.info.title}”</> : null}>
      {row ? <UpdateForm key={row.item.id} row={row} periods={periods} currentPeriod={currentPeriod} onDone={onClose} /> : null}
    </Dialog>
  );
}

function UpdateForm({
  row,
  periods,
  currentPeriod,
  onDone,
}: {
  row: PlanRow;
  periods: RoadmapData["periods"];
  currentPeriod: number;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const { info, item } = row;
  // Today's period, within the plan: new pins and starts default to it (history takes no new work).
  const open = Math.min(Math.max(0, currentPeriod), Math.max(0, periods.length - 1));
  const plannedStart = item.scheduled && item.startPeriod <= currentPeriod ? item.startPeriod : open;
  const [pin, setPin] = useState(String(info.pinnedPeriod ?? open));
  const [start, setStart] = useState(String(info.startPeriod ?? plannedStart));
  const [progress, setProgress] = useState(String(info.progress));

  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.initiative.pathKey() });
    onDone();
  };
  const stale = () => void queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() });
  const update = useMutation(trpc.initiative.update.mutationOptions({ onSuccess: done, onError: stale }));
  const track = useMutation(trpc.initiative.updateProgress.mutationOptions({ onSuccess: done, onError: stale }));
  const error = update.error ?? track.error;
  const progressRead = parseNumber(progress);
  const progressNumber = progressRead.ok && progressRead.value !== null ? progressRead.value : Number.NaN;
  const progressValid = Number.isInteger(progressNumber) && progressNumber >= 0 && progressNumber <= 100;
  const base = { workspaceId: ws.id, id: info.id, version: info.version };

  // A pin into a period that has ended would be stale at once: only today's period and later are offered
  // (plus the current pin, marked, so it is not silently changed).
  const pinOptions = (
    <>
      {periods
        .filter((p) => p.index >= currentPeriod || p.index === info.pinnedPeriod)
        .map((p) => (
          <option key={p.id} value={p.index}>
            {p.label}
            {p.index < currentPeriod ? " (has ended)" : p.index === currentPeriod ? " (current)" : ""}
          </option>
        ))}
    </>
  );
  // Work starts in the past or today, never in a period still to come.
  const startOptions = (
    <>
      {periods
        .filter((p) => p.index <= Math.max(currentPeriod, 0))
        .map((p) => (
          <option key={p.id} value={p.index}>
            {p.label}
            {p.index === currentPeriod ? " (current)" : ""}
          </option>
        ))}
    </>
  );

  return (
    <div className="space-y-5">
      <p className="flex items-center gap-2 text-sm text-slate-700">
        Status <Badge tone={STATUS_TONES[info.status]}>{STATUS_LABELS[info.status]}</Badge>
        {info.status === "in_progress" ? <span>{info.progress}% done</span> : null}
      </p>

      {canPin(row, ws.canCall) ? (
        <section className="space-y-2 rounded-md bg-slate-50 p-3" aria-labelledby="pin-title">
          <h3 id="pin-title" className="text-sm font-semibold text-slate-900">
            Pin to a period
          </h3>
          <p className="text-xs text-slate-600">
            A pin is a commitment: the initiative starts there even beyond capacity. Without a pin the planner chooses.
          </p>
          {info.pinnedPeriod !== null && info.pinnedPeriod < currentPeriod ? (
            <Alert tone="warning">
              Pinned to {periods[info.pinnedPeriod]?.label ?? "a period"}, which has ended: the planner now plans it like the others. Pin it
              to a period that is still to come, or clear the pin.
            </Alert>
          ) : null}
          <div className="flex flex-wrap items-end gap-2">
            <SelectField label="Start in" value={pin} onChange={(e) => setPin(e.target.value)} className="min-w-56">
              <option value="">Not pinned: the planner chooses</option>
              {pinOptions}
            </SelectField>
            <Button busy={update.isPending} onClick={() => update.mutate({ ...base, pinnedPeriod: pin === "" ? null : Number(pin) })}>
              Save pin
            </Button>
          </div>
        </section>
      ) : null}

      {canTrack(row, ws.canCall) && info.status === "approved" ? (
        <section className="space-y-2 rounded-md bg-slate-50 p-3" aria-labelledby="start-title">
          <h3 id="start-title" className="text-sm font-semibold text-slate-900">
            Start work
          </h3>
          <div className="flex flex-wrap items-end gap-2">
            <SelectField label="Started in" value={start} onChange={(e) => setStart(e.target.value)} className="min-w-44">
              <option value="-1">Before the plan</option>
              {startOptions}
            </SelectField>
            <Button busy={track.isPending} onClick={() => track.mutate({ ...base, status: "in_progress", startPeriod: Number(start) })}>
              Start work
            </Button>
          </div>
        </section>
      ) : null}

      {canTrack(row, ws.canCall) && info.status === "in_progress" ? (
        <section className="space-y-3 rounded-md bg-slate-50 p-3" aria-labelledby="progress-title">
          <h3 id="progress-title" className="text-sm font-semibold text-slate-900">
            Progress
          </h3>
          <div className="flex flex-wrap items-end gap-2">
            <NumberField
              label="Progress (%)"
              value={progress}
              onChange={(e) => setProgress(e.target.value)}
              error={progressValid ? null : progressRead.ok ? "A whole number from 0 to 100" : progressRead.message}
              className="w-32"
            />
            <Button
              variant="secondary"
              busy={track.isPending && track.variables?.status === undefined}
              disabled={!progressValid}
              onClick={() => track.mutate({ ...base, progress: progressNumber })}
            >
              Save progress
            </Button>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              busy={track.isPending && track.variables?.status === "done"}
              onClick={() => track.mutate({ ...base, status: "done", progress: 100 })}
            >
              Mark done
            </Button>
            <Button
              variant="ghost"
              busy={track.isPending && track.variables?.status === "approved"}
              onClick={() => track.mutate({ ...base, status: "approved" })}
            >
              Back to approved (not started)
            </Button>
          </div>
        </section>
      ) : null}

      {error ? (
        <Alert>
          {readTrpcError(error).message}
          {readTrpcError(error).code === "CONFLICT" ? " The roadmap has been reloaded: close this and try again." : null}
        </Alert>
      ) : null}
      <div className="flex justify-end">
        <Button variant="ghost" onClick={onDone}>
          Close
        </Button>
      </div>
    </div>
  );
}
