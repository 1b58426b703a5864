"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { TextAreaField } from "../ui/field";
import { useWorkspace } from "../workspace/workspace-context";
import { REASON_REQUIRED_MESSAGE, reasonRule } from "@/server/domain/initiative/status-rules";

export type DecisionTarget = { id: string; title: string; status: string; version: number };

/**
 * Approve a proposal or reject (stop) an initiative; the reason is kept with the decision. The field says up front
 * what the server asks (status-rules.ts, reasonRule): optional to approve, required to reject or stop.
 */
export function DecideDialog({ target, onClose }: { target: DecisionTarget | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const decide = useMutation(
    trpc.initiative.decide.mutationOptions({
      onSuccess: () => {
        close();
        void queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.initiative.pathKey() });
      },
      // A stale version (CONFLICT): reload, so the next try names the newest one.
      onError: () => void queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() }),
    }),
  );

  function close() {
    setReason("");
    setMissing(false);
    decide.reset();
    onClose();
  }

  function submit(decision: "approve" | "reject") {
    if (!target) return;
    const text = reason.trim();
    if (!text && reasonRule(decision) === "required") return setMissing(true);
    decide.mutate({ workspaceId: ws.id, id: target.id, version: target.version, decision, ...(text ? { reason: text } : {}) });
  }

  const canApprove = target?.status === "proposed";
  const fe = readTrpcError(decide.error).fieldErrors;
  const conflict = readTrpcError(decide.error).code === "CONFLICT";
  return (
    <Dialog
      open={target !== null}
      onClose={close}
      title={canApprove ? "Approve or reject" : "Reject (stop) this initiative"}
      description={target ? <>“{target.title}”</> : null}
    >
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          submit(canApprove ? "approve" : "reject");
        }}
        className="space-y-4"
        noValidate
      >
        <TextAreaField
          label={
            <>
              Reason{" "}
              <span className="font-normal text-slate-600">{canApprove ? "(optional to approve, required to reject)" : "(required)"}</span>
            </>
          }
          hint="Kept with the decision and shown to the team. Say what made the difference."
          value={reason}
          limit={2000}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
          error={missing ? `${REASON_REQUIRED_MESSAGE}.` : fe.reason}
          autoFocus
        />
        {decide.error && !fe.reason ? (
          <Alert>
            {readTrpcError(decide.error).message}
            {conflict ? " Close this dialog; the scorecard reloads with the latest version." : null}
          </Alert>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button variant="danger" busy={decide.isPending && decide.variables?.decision === "reject"} onClick={() => submit("reject")}>
            Reject
          </Button>
          {canApprove ? (
            <Button type="submit" busy={decide.isPending && decide.variables?.decision === "approve"}>
              Approve
            </Button>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
