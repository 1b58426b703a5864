"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_components/trpc/client";
import { readTrpcError } from "@/app/_components/trpc/read-trpc-error";
import { Button } from "@/app/_components/ui/button";
import { Alert, Badge, Card } from "@/app/_components/ui/card";
import { DataTable, TableStateRows, WIDE_CELL, type TableColumn } from "@/app/_components/ui/data-table";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { formatDate, formatDateTime } from "@/app/_components/ui/format";
import { useWorkspace } from "@/app/_components/workspace/workspace-context";

const STATE_TONE = { active: "green", expired: "slate", revoked: "red" } as const;
const SCOPE_WORDS = { read: "Read", read_write: "Read and write" } as const;
const MAX_DAYS = 365;

/** Make a token (shown once, with a copy button), see every token with its last use, and revoke one. */
/** Columns a phone leaves out, so the table fits 390 px: the token's prefix, when it was made and last used. */
const COLUMNS: TableColumn[] = [
  { label: "Name" },
  { label: "Access" },
  { label: "Token", wideOnly: true },
  { label: "Created", wideOnly: true },
  { label: "Last used", wideOnly: true },
  { label: "Expires" },
  { label: "State" },
  { label: "Actions", srOnly: true },
];

export function ApiTokensPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const allowed = ws.canCall("apiToken.create");
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"read" | "read_write">("read");
  const [days, setDays] = useState("90");
  const [copied, setCopied] = useState(false);
  const tokens = useQuery({ ...trpc.apiToken.list.queryOptions({ workspaceId: ws.id }), enabled: allowed });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiToken.list.queryKey() });
  const create = useMutation(trpc.apiToken.create.mutationOptions({ onSettled: refresh }));
  const revoke = useMutation(trpc.apiToken.revoke.mutationOptions({ onSettled: refresh }));

  if (!allowed) {
    return <Alert tone="info">Only workspace admins can make API tokens. Ask an admin for one.</Alert>;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setCopied(false);
    create.mutate({ workspaceId: ws.id, name: name.trim(), scope, expiresInDays: Number(days) });
  }

  const errors = readTrpcError(create.error).fieldErrors;
  const made = create.data;

  return (
    <div className="space-y-6">
      <Card className="p-5">
        <h2 className="font-semibold text-slate-900">New token</h2>
        <p className="mt-1 text-sm text-slate-600">
          A read token sees what a viewer sees. A read and write token can also create and change initiatives, as an editor can; its changes
          are recorded under your name.
        </p>
        <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3">
          <TextField
            label="Name"
            hint="What will use it, e.g. “BI dashboard”"
            required
            value={name}
            limit={100}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
            className="w-72"
          />
          <SelectField
            label="Access"
            value={scope}
            onChange={(e) => setScope(e.target.value as "read" | "read_write")}
            error={errors.scope}
          >
            <option value="read">Read</option>
            <option value="read_write">Read and write</option>
          </SelectField>
          <TextField
            label="Works for (days)"
            type="number"
            min={1}
            max={MAX_DAYS}
            required
            value={days}
            onChange={(e) => setDays(e.target.value)}
            hint={`1 to ${MAX_DAYS} days`}
            error={errors.expiresInDays}
            className="w-40"
          />
          <Button type="submit" busy={create.isPending}>
            Create token
          </Button>
        </form>
        {create.error && Object.keys(errors).length === 0 ? (
          <div className="mt-3">
            <Alert>{readTrpcError(create.error).message}</Alert>
          </div>
        ) : null}
        {made ? (
          <div className="mt-4 space-y-2 rounded-md bg-emerald-50 p-3 ring-1 ring-inset ring-emerald-200">
            <label htmlFor="api-token" className="block text-sm font-medium text-emerald-900">
              The token “{made.name}”, valid until {formatDate(made.expiresAt)}. Copy it now: it is shown only once and cannot be read
              again.
            </label>
            <div className="flex gap-2">
              <input
                id="api-token"
                data-testid="api-token"
                readOnly
                value={made.token}
                onFocus={(e) => e.target.select()}
                className="block w-full rounded-md border-0 bg-white px-3 py-2 font-mono text-xs ring-1 ring-inset ring-slate-300"
              />
              <Button
                variant="secondary"
                onClick={() =>
                  void navigator.clipboard?.writeText(made.token).then(
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
      {/* A region a keyboard can scroll, should a long name still widen the table on a narrow screen. */}
      <Card className="overflow-x-auto" tabIndex={0} role="region" aria-label="API tokens">
        <DataTable caption="API tokens" columns={COLUMNS}>
          <TableStateRows
            columns={COLUMNS.length}
            pending={tokens.isPending}
            error={tokens.error ? readTrpcError(tokens.error).message : null}
            isEmpty={tokens.data?.length === 0}
            empty="No API tokens yet."
          />
          {tokens.data?.map((t) => (
            <tr key={t.id}>
              <td className="px-4 py-2 font-medium text-slate-900">{t.name}</td>
              <td className="px-4 py-2 text-slate-600">{SCOPE_WORDS[t.scope]}</td>
              <td className={`px-4 py-2 font-mono text-xs text-slate-600 ${WIDE_CELL}`}>{t.prefix}…</td>
              <td className={`px-4 py-2 text-slate-600 ${WIDE_CELL}`}>
                {formatDateTime(t.createdAt)}
                {t.createdByName ? ` by ${t.createdByName}` : ""}
              </td>
              <td className={`px-4 py-2 text-slate-600 ${WIDE_CELL}`}>{t.lastUsedAt === null ? "Never" : formatDateTime(t.lastUsedAt)}</td>
              <td className="px-4 py-2 text-slate-600">{formatDateTime(t.expiresAt)}</td>
              <td className="px-4 py-2">
                <Badge tone={STATE_TONE[t.state]}>{t.state}</Badge>
              </td>
              <td className="px-4 py-2 text-right">
                {t.state === "active" ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Revoke the token ${t.name}`}
                    onClick={() => {
                      if (window.confirm(`Revoke “${t.name}”? Whatever uses it loses access at once.`))
                        revoke.mutate({ workspaceId: ws.id, id: t.id });
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
