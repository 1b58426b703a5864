"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_components/trpc/client";
import { readTrpcError } from "@/app/_components/trpc/read-trpc-error";
import { Button } from "@/app/_components/ui/button";
import { Alert, Badge, Card, Skeleton } from "@/app/_components/ui/card";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { formatDateTime } from "@/app/_components/ui/format";
import { useWorkspace } from "@/app/_components/workspace/workspace-context";
import { ROLES } from "@/db/schema/values";
import type { getSsoSettings } from "@/server/domain/sso/settings";
import { CLIENT_ID_MAX, CLIENT_SECRET_MAX, ISSUER_MAX } from "@/server/domain/sso/schemas";

/** The admin's page: the provider's details, the redirect URL to register, the test, and the two switches. */
export function SsoSettingsPanel() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const allowed = ws.canCall("sso.get");
  const settings = useQuery({ ...trpc.sso.get.queryOptions({ workspaceId: ws.id }), enabled: allowed });
  if (!allowed) return <Alert tone="info">Only workspace admins can change how people sign in.</Alert>;
  if (settings.isPending) return <Skeleton className="h-96 w-full" />;
  if (settings.error) return <Alert>{readTrpcError(settings.error).message}</Alert>;
  // The fields start from what is stored; the first save turns the empty form into the saved one.
  return <SsoForms key={settings.data.configured ? "saved" : "new"} data={settings.data} />;
}

type Settings = Awaited<ReturnType<typeof getSsoSettings>>;

function SsoForms({ data }: { data: Settings }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sso.get.queryKey() });
  const saved = data.configured ? data : null;
  const [issuer, setIssuer] = useState(saved?.issuer ?? "");
  const [clientId, setClientId] = useState(saved?.clientId ?? "");
  const [clientSecret, setClientSecret] = useState("");
  const [domains, setDomains] = useState(saved?.allowedDomains.join(", ") ?? "");
  const [defaultRole, setDefaultRole] = useState<(typeof ROLES)[number]>(saved?.defaultRole ?? "viewer");
  const [acceptLockout, setAcceptLockout] = useState(false);
  const save = useMutation(trpc.sso.save.mutationOptions({ onSuccess: refresh }));
  const test = useMutation(trpc.sso.test.mutationOptions({ onSettled: refresh }));
  const setEnabled = useMutation(trpc.sso.setEnabled.mutationOptions({ onSettled: refresh }));
  const setPassword = useMutation(trpc.sso.setPasswordSignIn.mutationOptions({ onSettled: refresh }));
  const errors = readTrpcError(save.error).fieldErrors;

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({
      workspaceId: ws.id,
      issuer,
      clientId,
      clientSecret,
      allowedDomains: domains.split(/[\s,;]+/).filter(Boolean),
      defaultRole,
      version: saved?.version,
    });
  }

  return (
    <div className="space-y-6">
      <Card className="p-5">
        <h2 className="font-semibold text-slate-900">1. Register Triple Crown at your provider</h2>
        <p className="mt-1 text-sm text-slate-600">
          Create a web application (an OpenID Connect client using the authorization code flow) and give it this redirect URL:
        </p>
        <input
          aria-label="Redirect URL"
          data-testid="sso-redirect-url"
          readOnly
          value={data.redirectUrl}
          onFocus={(e) => e.target.select()}
          className="mt-2 block w-full rounded-md border-0 bg-slate-50 px-3 py-2 font-mono text-xs ring-1 ring-inset ring-slate-300"
        />
      </Card>

      <Card className="p-5">
        <h2 className="font-semibold text-slate-900">2. Your provider&apos;s details</h2>
        <form onSubmit={submit} className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
          <TextField
            label="Issuer URL"
            hint="As your provider shows it, e.g. https://login.example.com"
            value={issuer}
            limit={ISSUER_MAX}
            onChange={(e) => setIssuer(e.target.value)}
            error={errors.issuer}
            required
            className="sm:col-span-2"
          />
          <TextField
            label="Client ID"
            value={clientId}
            limit={CLIENT_ID_MAX}
            onChange={(e) => setClientId(e.target.value)}
            error={errors.clientId}
            required
          />
          <TextField
            label="Client secret"
            type="password"
            autoComplete="off"
            hint={saved?.hasSecret ? "Saved and hidden. Leave empty to keep it." : "Stored encrypted; never shown again."}
            value={clientSecret}
            maxLength={CLIENT_SECRET_MAX}
            onChange={(e) => setClientSecret(e.target.value)}
            error={errors.clientSecret}
          />
          <TextField
            label="Allowed email domains"
            hint="Separated by commas, e.g. example.com, example.co.uk. Only people with these email domains get in."
            value={domains}
            onChange={(e) => setDomains(e.target.value)}
            error={errors.allowedDomains}
            required
          />
          <SelectField
            label="Role for new people"
            hint="Given at their first sign-in; members keep their role."
            value={defaultRole}
            onChange={(e) => setDefaultRole(e.target.value as (typeof ROLES)[number])}
            error={errors.defaultRole}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </SelectField>
          <div className="sm:col-span-2">
            <Button type="submit" busy={save.isPending}>
              Save provider
            </Button>
          </div>
        </form>
        {save.error && Object.keys(errors).length === 0 ? (
          <div className="mt-3">
            <Alert>{readTrpcError(save.error).message}</Alert>
          </div>
        ) : null}
        {save.isSuccess ? (
          <div className="mt-3">
            <Alert tone="success">Saved. {saved?.testedAt ? "" : "Test the connection next."}</Alert>
          </div>
        ) : null}
      </Card>

      {saved ? (
        <Card className="space-y-4 p-5">
          <h2 className="font-semibold text-slate-900">3. Test, then turn it on</h2>
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" busy={test.isPending} onClick={() => test.mutate({ workspaceId: ws.id })}>
              Test the connection
            </Button>
            {saved.testedAt ? <Badge tone="green">Last test passed {formatDateTime(saved.testedAt)}</Badge> : <Badge>Not tested</Badge>}
          </div>
          {test.data ? (
            <div data-testid="sso-test-result">
              {test.data.ok ? <Alert tone="success">{test.data.message}</Alert> : <Alert>{test.data.problem}</Alert>}
            </div>
          ) : null}
          {test.error ? <Alert>{readTrpcError(test.error).message}</Alert> : null}

          <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
            <span className="text-sm text-slate-800">
              Company sign-in is <strong>{saved.enabled ? "on" : "off"}</strong>.
            </span>
            <Button
              variant={saved.enabled ? "secondary" : "primary"}
              busy={setEnabled.isPending}
              onClick={() => setEnabled.mutate({ workspaceId: ws.id, enabled: !saved.enabled })}
            >
              {saved.enabled ? "Turn company sign-in off" : "Turn company sign-in on"}
            </Button>
          </div>
          {setEnabled.error ? <Alert>{readTrpcError(setEnabled.error).message}</Alert> : null}

          <div className="space-y-3 border-t border-slate-100 pt-4">
            <p className="text-sm text-slate-800">
              Password sign-in is <strong>{saved.passwordSignInDisabled ? "off" : "on"}</strong> for this workspace.{" "}
              {saved.passwordSignInDisabled
                ? "Members whose only workspaces use company sign-in cannot sign in with a password."
                : "Turning it off makes members sign in with their company account (those in other workspaces with passwords keep theirs)."}
            </p>
            {!saved.passwordSignInDisabled && saved.lockoutWarning ? (
              <Alert tone="warning">
                {saved.lockoutWarning}
                <label className="mt-2 flex items-center gap-2 font-medium">
                  <input type="checkbox" checked={acceptLockout} onChange={(e) => setAcceptLockout(e.target.checked)} />I understand and
                  accept the risk
                </label>
              </Alert>
            ) : null}
            <Button
              variant="secondary"
              busy={setPassword.isPending}
              onClick={() => setPassword.mutate({ workspaceId: ws.id, disabled: !saved.passwordSignInDisabled, acceptLockout })}
            >
              {saved.passwordSignInDisabled ? "Turn password sign-in back on" : "Turn password sign-in off"}
            </Button>
            {setPassword.error ? <Alert>{readTrpcError(setPassword.error).message}</Alert> : null}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
