"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { formatDate } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { useRefreshPlan } from "./use-refresh-plan";

type Period = { id: string; label: string; endDate: string | null; lastDay: string; version: number };

/**
 * A period's last day. Without one set, a period runs until the next starts
 * (the last one as long as the one before it): shown as "until …". Admins set
 * or clear it in place; the server refuses overlaps in plain words.
 */
export function EndDateCell({ period, editable }: { period: Period; editable: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refreshPlan = useRefreshPlan();
  const ws = useWorkspace();
  const [value, setValue] = useState(period.endDate ?? "");
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.period.update.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await refreshPlan();
        void queryClient.invalidateQueries({ queryKey: trpc.period.calendar.queryKey() });
      },
    }),
  );
  const derived = period.endDate ? null : (
    <span className="block text-[11px] text-slate-600">until {formatDate(period.lastDay)} (not set)</span>
  );
  if (!editable) return <span>{period.endDate ? formatDate(period.endDate) : `until ${formatDate(period.lastDay)}`}</span>;

  function commit() {
    if ((period.endDate ?? "") === value || update.isPending) return;
    setSaved(false);
    update.mutate({ workspaceId: ws.id, id: period.id, version: period.version, endDate: value === "" ? null : value });
  }
  const error = update.error ? (readTrpcError(update.error).fieldErrors.endDate?.[0] ?? readTrpcError(update.error).message) : null;
  const errorId = `end-error-${period.id}`;
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          type="date"
          aria-label={`Last day of ${period.label}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit();
            }
            if (e.key === "Escape") setValue(period.endDate ?? "");
          }}
          className="h-8 w-36 rounded-md border-0 px-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500"
        />
        <span className="text-xs text-slate-600" aria-live="polite">
          {update.isPending ? "Saving…" : saved ? "Saved" : ""}
        </span>
      </div>
      {derived}
      {error ? (
        <p id={errorId} className="mt-0.5 max-w-xs text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
