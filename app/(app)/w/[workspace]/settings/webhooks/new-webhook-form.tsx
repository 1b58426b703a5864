"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_components/trpc/client";
import { readTrpcError } from "@/app/_components/trpc/read-trpc-error";
import { Button } from "@/app/_components/ui/button";
import { Alert, Card } from "@/app/_components/ui/card";
import { TextField } from "@/app/_components/ui/field";
import { useWorkspace } from "@/app/_components/workspace/workspace-context";
import { WEBHOOK_EVENTS, type WebhookEventType } from "@/server/domain/webhook/events";
import { WEBHOOK_URL_MAX } from "@/server/domain/webhook/url-rule";
import { SecretOnce } from "./secret-once";

/** Register a URL and its events; the signing secret appears once below. */
export function NewWebhookForm({ onChanged }: { onChanged: () => void }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation(
    trpc.webhook.create.mutationOptions({
      onSuccess: (hook) => {
        setSecret(hook.secret);
        setUrl("");
        setEvents([]);
      },
      onSettled: onChanged,
    }),
  );
  const error = readTrpcError(create.error);
  const eventsError = Object.entries(error.fieldErrors)
    .filter(([key]) => key === "events" || key.startsWith("events."))
    .flatMap(([, messages]) => messages)[0];

  function submit(e: FormEvent) {
    e.preventDefault();
    setSecret(null);
    create.mutate({ workspaceId: ws.id, url: url.trim(), events });
  }

  function toggle(type: WebhookEventType, on: boolean) {
    setEvents((now) => (on ? [...now, type] : now.filter((t) => t !== type)));
  }

  return (
    <Card className="p-5">
      <h2 className="font-semibold text-slate-900">New webhook</h2>
      <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
        <TextField
          label="URL"
          hint="https://…; plain http:// only for this machine (localhost, 127.0.0.1)"
          value={url}
          limit={WEBHOOK_URL_MAX}
          onChange={(e) => setUrl(e.target.value)}
          error={error.fieldErrors.url}
          inputMode="url"
          autoComplete="off"
          className="max-w-2xl"
        />
        <fieldset aria-describedby={eventsError ? "webhook-events-error" : undefined}>
          <legend className="text-sm font-medium text-slate-900">Events</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event.type} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={events.includes(event.type)}
                  onChange={(e) => toggle(event.type, e.target.checked)}
                  className="mt-0.5 size-4 rounded border-slate-300"
                />
                <span>
                  <span className="font-medium text-slate-900">{event.label}</span>{" "}
                  <code className="text-xs text-slate-500">{event.type}</code>
                  <span className="block text-slate-600">{event.text}</span>
                </span>
              </label>
            ))}
          </div>
          {eventsError ? (
            <p id="webhook-events-error" className="mt-1 text-xs font-medium text-red-700" role="alert">
              {eventsError}
            </p>
          ) : null}
        </fieldset>
        <Button type="submit" busy={create.isPending}>
          Add webhook
        </Button>
      </form>
      {create.error && Object.keys(error.fieldErrors).length === 0 ? (
        <div className="mt-3">
          <Alert>{error.message}</Alert>
        </div>
      ) : null}
      {secret ? <SecretOnce secret={secret} onDone={() => setSecret(null)} /> : null}
    </Card>
  );
}
