"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { formatNumber } from "../ui/format";
import { numberText, readTypedNumber } from "../ui/typed-number";
import { useWorkspace } from "../workspace/workspace-context";
import { useRefreshPlan } from "./use-refresh-plan";

type Period = { id: string; label: string; capacity: number; version: number };

/** A period's capacity, edited in place: Enter or leaving the field saves, Escape puts it back. */
export function CapacityCell({ period, editable }: { period: Period; editable: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refreshPlan = useRefreshPlan();
  const ws = useWorkspace();
  const [value, setValue] = useState(numberText(period.capacity));
  const [status, setStatus] = useState<"idle" | "saved">("idle");
  const update = useMutation(
    trpc.period.update.mutationOptions({
      onSuccess: async () => {
        setStatus("saved");
        await refreshPlan();
      },
      onError: () => void queryClient.invalidateQueries({ queryKey: trpc.period.list.queryKey() }),
    }),
  );
  if (!editable) return <span className="tabular-nums">{formatNumber(period.capacity, 1)}</span>;

  const { parsed, note, refusal } = readTypedNumber(value);
  const number = parsed.ok ? parsed.value : null;
  const problem =
    refusal ?? (number === null ? "Enter a number of 0 or more" : number < 0 || number > 1e9 ? "A number from 0 to 1,000,000,000" : null);
  const valid = problem === null;
  function commit() {
    if (!valid || number === null || number === period.capacity || update.isPending) return;
    setStatus("idle");
    update.mutate({ workspaceId: ws.id, id: period.id, version: period.version, capacity: number });
  }
  const errorId = `capacity-error-${period.id}`;
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label={`Capacity of ${period.label}`}
          aria-invalid={!valid || update.error ? true : undefined}
          aria-describedby={!valid || update.error || note ? errorId : undefined}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setStatus("idle");
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit();
            }
            if (e.key === "Escape") setValue(numberText(period.capacity));
          }}
          className="h-8 w-28 rounded-md border-0 px-2 text-sm tabular-nums ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500"
        />
        <span className="text-xs text-slate-600" aria-live="polite">
          {update.isPending ? "Saving…" : status === "saved" ? "Saved" : ""}
        </span>
      </div>
      {!valid ? (
        <p id={errorId} className="mt-0.5 text-xs font-medium text-red-700">
          {problem}
        </p>
      ) : update.error ? (
        <p id={errorId} className="mt-0.5 text-xs font-medium text-red-700">
          {readTrpcError(update.error).message}
        </p>
      ) : note ? (
        <p id={errorId} className="mt-0.5 text-xs text-slate-600" role="status">
          {note}
        </p>
      ) : null}
    </div>
  );
}
