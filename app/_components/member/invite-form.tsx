"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { SelectField, TextField } from "../ui/field";
import { formText } from "../ui/form-text";
import { useWorkspace } from "../workspace/workspace-context";
import { ROLE_OPTIONS } from "./roles";

export function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const [link, setLink] = useState<string | null>(null);
  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: (inv) => {
        setLink(`${window.location.origin}/invite/${inv.token}`);
        void queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
      },
    }),
  );
  const fe = readTrpcError(invite.error).fieldErrors;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setLink(null);
    invite.mutate({ workspaceId: ws.id, email: formText(form, "email"), role: formText(form, "role") as "viewer" });
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-label="Invite a member">
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <TextField label="Email" name="email" type="email" required error={fe.email} placeholder="name@company.com" />
        <SelectField label="Role" name="role" defaultValue="editor" error={fe.role}>
          {ROLE_OPTIONS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" busy={invite.isPending}>
          Create invitation
        </Button>
      </div>
      {invite.error && !Object.keys(fe).length ? <Alert>{readTrpcError(invite.error).message}</Alert> : null}
      {link ? (
        <Alert tone="success">
          <p className="font-medium">Invitation created. Send this link to the invitee (it works once, for 14 days):</p>
          <input
            readOnly
            aria-label="Invitation link"
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-2 w-full rounded bg-white px-2 py-1 font-mono text-xs text-slate-800 ring-1 ring-emerald-300"
            data-testid="invite-link"
          />
        </Alert>
      ) : null}
    </form>
  );
}
