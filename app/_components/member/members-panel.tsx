"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card, Skeleton } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { InviteForm } from "./invite-form";
import { ROLE_OPTIONS } from "./roles";

export function MembersPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const isAdmin = ws.canCall("member.changeRole");
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId: ws.id }));
  const invitations = useQuery({ ...trpc.invitation.list.queryOptions({ workspaceId: ws.id }), enabled: isAdmin });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey() });
  const changeRole = useMutation(trpc.member.changeRole.mutationOptions({ onSettled: refresh }));
  const remove = useMutation(trpc.member.remove.mutationOptions({ onSettled: refresh }));
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() }),
    }),
  );
  const actionError = changeRole.error ?? remove.error ?? revoke.error;

  return (
    <div className="space-y-6">
      {isAdmin ? (
        <Card className="p-5">
          <h2 className="mb-3 font-semibold">Invite someone</h2>
          <InviteForm />
          <ul className="mt-4 grid gap-1 text-xs text-slate-600 sm:grid-cols-2">
            {ROLE_OPTIONS.map((r) => (
              <li key={r.value}>
                <span className="font-medium text-slate-800">{r.label}</span>: {r.text}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {actionError ? <Alert>{readTrpcError(actionError).message}</Alert> : null}
      {/* relative: the table's screen-reader-only texts are positioned, and would otherwise widen the page on a phone. */}
      <Card className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Members</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Email
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Role
              </th>
              {isAdmin ? (
                <th scope="col" className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.isPending
              ? [0, 1, 2].map((i) => (
                  <tr key={i}>
                    <td className="px-4 py-3" colSpan={4}>
                      <Skeleton className="h-5 w-full" />
                    </td>
                  </tr>
                ))
              : null}
            {members.error ? (
              <tr>
                <td colSpan={4} className="px-4 py-3">
                  <Alert>{readTrpcError(members.error).message}</Alert>
                </td>
              </tr>
            ) : null}
            {members.data?.map((m) => (
              <tr key={m.userId}>
                <td className="px-4 py-2 font-medium text-slate-900">
                  {m.name}
                  {m.userId === ws.userId ? <span className="ml-1 text-xs text-slate-500">(you)</span> : null}
                </td>
                <td className="px-4 py-2 text-slate-600">{m.email}</td>
                <td className="px-4 py-2">
                  {isAdmin ? (
                    <select
                      aria-label={`Role of ${m.name}`}
                      value={m.role}
                      onChange={(e) => changeRole.mutate({ workspaceId: ws.id, userId: m.userId, role: e.target.value as typeof m.role })}
                      className="rounded-md border-0 py-1 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300"
                    >
                      {ROLE_OPTIONS.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className="capitalize">{m.role}</span>
                  )}
                </td>
                {isAdmin ? (
                  <td className="px-4 py-2 text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => {
                        if (window.confirm(`Remove ${m.name} from this workspace?`))
                          remove.mutate({ workspaceId: ws.id, userId: m.userId });
                      }}
                    >
                      Remove
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {isAdmin && invitations.data?.length ? (
        <Card className="p-5">
          <h2 className="mb-2 font-semibold">Pending invitations</h2>
          <ul className="divide-y divide-slate-100 text-sm">
            {invitations.data.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-3 py-2">
                <span>
                  {i.email} <span className="text-slate-500">as {i.role}</span>
                </span>
                <Button variant="ghost" size="sm" onClick={() => revoke.mutate({ workspaceId: ws.id, invitationId: i.id })}>
                  Revoke
                </Button>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
