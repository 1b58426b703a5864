"use client";

import { CharCount } from "../ui/char-count";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { movesFrom, type InitiativeStatus, type StatusMove } from "@/server/domain/initiative/status-rules";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Badge } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { STATUS_LABELS, STATUS_TONES } from "./labels";

export type Move = StatusMove;

export function StatusControl({
  status,
  decisionReason,
  onMove,
}: {
  status: InitiativeStatus;
  decisionReason: string | null;
  onMove: (move: Move, extra: { reason?: string; startPeriod?: number }) => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  // The moves the status machine allows from here that this role may make (server/domain/initiative/status-rules.ts).
  const moves = movesFrom(status).filter((m) => ws.canCall(m.procedure));
  const [pendingMove, setPendingMove] = useState<Move | null>(null);
  const [reason, setReason] = useState("");
  const [startPeriod, setStartPeriod] = useState("0");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const periods = useQuery({ ...trpc.period.list.queryOptions({ workspaceId: ws.id }), enabled: pendingMove?.needs === "startPeriod" });

  async function go(move: Move) {
    if (move.needs === "reason" && !reason.trim()) return setError("Say why: the reason is kept with the decision.");
    setBusy(true);
    setError(null);
    try {
      await onMove(move, {
        reason: move.needs === "reason" ? reason.trim() : undefined,
        startPeriod: move.needs === "startPeriod" ? Number(startPeriod) : undefined,
      });
      setPendingMove(null);
      setReason("");
    } catch (e) {
      setError(readTrpcError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-700">Status</span>
        <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>
        {moves.map((m) => (
          <Button
            key={m.label}
            size="sm"
            variant={pendingMove === m ? "primary" : "secondary"}
            onClick={() => (m.needs ? setPendingMove(pendingMove === m ? null : m) : void go(m))}
            busy={busy && (pendingMove === m || !m.needs)}
          >
            {m.label}
          </Button>
        ))}
      </div>
      {decisionReason && (status === "approved" || status === "cancelled") ? (
        <p className="text-xs text-slate-600">Decision: “{decisionReason}”</p>
      ) : null}
      {pendingMove ? (
        <div className="flex flex-wrap items-end gap-2 rounded-md bg-white p-3 ring-1 ring-slate-200">
          {pendingMove.needs === "reason" ? (
            <div className="min-w-64 flex-1 space-y-1">
              <label htmlFor="decision-reason" className="block text-xs font-medium text-slate-700">
                Why {pendingMove.label.toLowerCase()}? (kept with the decision)
              </label>
              <input
                id="decision-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
              />
              <CharCount value={reason} max={2000} />
            </div>
          ) : (
            <div className="space-y-1">
              <label htmlFor="start-period" className="block text-xs font-medium text-slate-700">
                Started in period
              </label>
              <select
                id="start-period"
                value={startPeriod}
                onChange={(e) => setStartPeriod(e.target.value)}
                className="rounded-md border-0 py-2 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300"
              >
                {(periods.data?.length ? periods.data : [{ id: "first", label: "The first period", index: 0 }]).map((p) => (
                  <option key={p.id} value={p.index}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <Button size="sm" busy={busy} onClick={() => void go(pendingMove)}>
            Confirm: {pendingMove.label}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setPendingMove(null)}>
            Cancel
          </Button>
        </div>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
