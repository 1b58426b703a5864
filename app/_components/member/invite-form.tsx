"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
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
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: (inv) => {
        setLink(`${window.location.origin}/invite/${inv.token}`);
        // Sent: the email is cleared for the next invitee; the role stays, people are often invited in the same role.
        const email = formRef.current?.elements.namedItem("email");
        if (email instanceof HTMLInputElement) email.value = "";
        void queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
      },
    }),
  );
  const fe = readTrpcError(invite.error).fieldErrors;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setLink(null);
    setCopied(null);
    invite.mutate({ workspaceId: ws.id, email: formText(form, "email"), role: formText(form, "role") as "viewer" });
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link stays selected to copy by hand.
      setCopied("failed");
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} className="space-y-3" noValidate aria-label="Invite a member">
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
          <p className="font-medium">
            Invitation created, and an email with this link is on its way to the invitee. You can also send the link yourself (it works
            once, for 14 days):
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <input
              readOnly
              aria-label="Invitation link"
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 rounded bg-white px-2 py-1 font-mono text-xs text-slate-800 ring-1 ring-emerald-300"
              data-testid="invite-link"
            />
            <Button variant="secondary" onClick={() => void copy()}>
              Copy link
            </Button>
          </div>
          <p className="mt-1 text-xs" role="status">
            {copied === "yes" ? "Link copied." : copied === "failed" ? "Could not copy: select the link and copy it by hand." : ""}
          </p>
        </Alert>
      ) : null}
    </form>
  );
}
