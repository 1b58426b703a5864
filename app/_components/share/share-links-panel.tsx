"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { MAX_SHARE_DAYS, MIN_SHARE_DAYS } from "@/server/domain/share/limits";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Badge, Card } from "../ui/card";
import { DataTable, TableStateRows, type TableColumn } from "../ui/data-table";
import { TextField } from "../ui/field";
import { formatDate, formatDateTime } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

const STATE_TONE = { active: "green", expired: "slate", revoked: "red" } as const;

/** Create a read-only link (shown once), copy it, see every link and revoke it. */
const COLUMNS: TableColumn[] = [
  { label: "Label" },
  { label: "Created" },
  { label: "Expires" },
  { label: "State" },
  { label: "Actions", srOnly: true },
];

export function ShareLinksPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const allowed = ws.canCall("share.create");
  const [label, setLabel] = useState("");
  const [days, setDays] = useState("30");
  const [copied, setCopied] = useState(false);
  const links = useQuery({ ...trpc.share.list.queryOptions({ workspaceId: ws.id }), enabled: allowed });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.share.list.queryKey() });
  const create = useMutation(trpc.share.create.mutationOptions({ onSettled: refresh }));
  const revoke = useMutation(trpc.share.revoke.mutationOptions({ onSettled: refresh }));

  if (!allowed) {
    return <Alert tone="info">Only admins and executives can create share links. Ask one of them for a link to the scorecard.</Alert>;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setCopied(false);
    create.mutate({ workspaceId: ws.id, label: label.trim(), expiresInDays: Number(days) });
  }

  const url = create.data ? `${window.location.origin}${create.data.path}` : null;
  const errors = readTrpcError(create.error).fieldErrors;

  return (
    <div className="space-y-6">
      <Card className="p-5">
        <h2 className="font-semibold text-slate-900">New share link</h2>
        <p className="mt-1 text-sm text-slate-600">
          Anyone with the link sees the scorecard and the roadmap, read-only, until it expires or you revoke it. It opens nothing else.
        </p>
        <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3">
          <TextField
            label="Label"
            hint="Who it is for, e.g. “Board pack March”"
            value={label}
            limit={100}
            onChange={(e) => setLabel(e.target.value)}
            error={errors.label}
            className="w-72"
          />
          <TextField
            label="Works for (days)"
            type="number"
            min={MIN_SHARE_DAYS}
            max={MAX_SHARE_DAYS}
            required
            value={days}
            onChange={(e) => setDays(e.target.value)}
            hint={`${MIN_SHARE_DAYS} to ${MAX_SHARE_DAYS} days`}
            error={errors.expiresInDays}
            className="w-40"
          />
          <Button type="submit" busy={create.isPending}>
            Create link
          </Button>
        </form>
        {create.error && Object.keys(errors).length === 0 ? (
          <div className="mt-3">
            <Alert>{readTrpcError(create.error).message}</Alert>
          </div>
        ) : null}
        {url && create.data ? (
          <div className="mt-4 space-y-2 rounded-md bg-emerald-50 p-3 ring-1 ring-inset ring-emerald-200">
            <label htmlFor="share-link" className="block text-sm font-medium text-emerald-900">
              Your link, valid until {formatDate(create.data.expiresAt)}. Copy it now: it is shown only once.
            </label>
            <div className="flex gap-2">
              <input
                id="share-link"
                data-testid="share-link"
                readOnly
                value={url}
                onFocus={(e) => e.target.select()}
                className="block w-full rounded-md border-0 bg-white px-3 py-2 font-mono text-xs ring-1 ring-inset ring-slate-300"
              />
              <Button
                variant="secondary"
                onClick={() =>
                  void navigator.clipboard?.writeText(url).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  )
                }
              >
                {copied ? "Copied" : "Copy"}
              </Button>
            </div>
          </div>
        ) : null}
      </Card>

      {revoke.error ? <Alert>{readTrpcError(revoke.error).message}</Alert> : null}
      <Card className="overflow-x-auto">
        <DataTable caption="Share links" columns={COLUMNS}>
          <TableStateRows
            columns={COLUMNS.length}
            pending={links.isPending}
            error={links.error ? readTrpcError(links.error).message : null}
            isEmpty={links.data?.length === 0}
            empty="No share links yet."
          />
          {links.data?.map((l) => (
            <tr key={l.id}>
              <td className="px-4 py-2 font-medium text-slate-900">{l.label || <span className="text-slate-500">(no label)</span>}</td>
              <td className="px-4 py-2 text-slate-600">
                {formatDateTime(l.createdAt)}
                {l.createdByName ? ` by ${l.createdByName}` : ""}
              </td>
              <td className="px-4 py-2 text-slate-600">{formatDateTime(l.expiresAt)}</td>
              <td className="px-4 py-2">
                <Badge tone={STATE_TONE[l.state]}>{l.state}</Badge>
              </td>
              <td className="px-4 py-2 text-right">
                {l.state === "active" ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Revoke ${l.label || "link"} created ${formatDateTime(l.createdAt)}`}
                    onClick={() => {
                      if (window.confirm("Revoke this link? Anyone using it loses access at once."))
                        revoke.mutate({ workspaceId: ws.id, id: l.id });
                    }}
                  >
                    Revoke
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
