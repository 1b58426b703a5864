"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useCallback, useMemo, useState } from "react";
import { CANVAS_LABELS } from "@/server/domain/canvas/labels";
import { ConflictChoices, SaveStatus } from "../autosave/save-status";
import { useLazySchemaErrors } from "../autosave/use-lazy-schema-errors";
import { useAutosave } from "../autosave/use-autosave";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { Badge } from "../ui/card";
import { CharCount } from "../ui/char-count";
import { LocalTime } from "../ui/local-time";
import { useWorkspace } from "../workspace/workspace-context";
import { CanvasSectionField } from "./canvas-section-field";
import type { CanvasDetail } from "../trpc/types";
import { useConfirmLeave } from "./use-confirm-leave";

type Draft = Pick<CanvasDetail, "title" | "outcomeStatement" | "context" | "expectations" | "painPoints" | "notes" | "status">;

const pick = (c: CanvasDetail): Draft => ({
  title: c.title,
  outcomeStatement: c.outcomeStatement,
  context: c.context,
  expectations: c.expectations,
  painPoints: c.painPoints,
  notes: c.notes,
  status: c.status,
});

/** The API's own schema for a canvas update, fetched with zod once something is typed. */
const loadSchema = () => import("@/server/domain/canvas/schemas").then((m) => m.updateCanvasInput);

const STATUS_WORDS: Record<string, string> = { draft: "Draft", agreed: "Agreed with the team" };
const display = (field: string, value: string | number | boolean | null) =>
  field === "status" ? (STATUS_WORDS[String(value)] ?? String(value)) : String(value ?? "");

/**
 * The canvas's own text, autosaved field by field as you type. Others' saved
 * changes to fields you have not touched come into the form; a field you both
 * changed is shown side by side for you to pick (decision 018).
 */
export function CanvasForm({ canvas }: { canvas: CanvasDetail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const readOnly = !ws.canCall("canvas.update");
  const [draft, setDraft] = useState<Draft>(() => pick(canvas));
  // Set by the person's own typing; values from the server are valid as they stand.
  const [edited, setEdited] = useState(false);
  const [lastSaved, setLastSaved] = useState<{ by: string | null; at: number }>({ by: canvas.updatedByName, at: canvas.updatedAt });
  const getKey = trpc.canvas.get.queryKey({ workspaceId: ws.id, id: canvas.id });

  const save = useCallback(
    async (changed: Partial<Draft>, version: number) => {
      const saved = await client.canvas.update.mutate({ workspaceId: ws.id, id: canvas.id, version, ...changed });
      setLastSaved({ by: ws.userName, at: saved.updatedAt });
      void queryClient.invalidateQueries({ queryKey: trpc.canvas.list.queryKey() });
      return { version: saved.version, values: pick(saved as CanvasDetail) };
    },
    [client, queryClient, trpc, ws.id, ws.userName, canvas.id],
  );
  const load = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: getKey });
    const fresh = await queryClient.fetchQuery(trpc.canvas.get.queryOptions({ workspaceId: ws.id, id: canvas.id }));
    setLastSaved({ by: fresh.updatedByName, at: fresh.updatedAt });
    return { version: fresh.version, values: pick(fresh) };
  }, [queryClient, getKey, trpc, ws.id, canvas.id]);
  const onRemote = useCallback((changed: Partial<Draft>) => setDraft((d) => ({ ...d, ...changed })), []);
  const input = useMemo(() => ({ id: canvas.id, version: 1, ...draft }), [canvas.id, draft]);
  const { errors, checking } = useLazySchemaErrors(loadSchema, input, edited);
  const titleMissing = draft.title.trim() === "";
  const autosave = useAutosave({
    values: draft,
    version: canvas.version,
    save,
    load,
    onRemote,
    labels: CANVAS_LABELS,
    invalid: checking ? Object.keys(draft) : Object.keys(errors),
    enabled: !readOnly,
  });
  useConfirmLeave(!readOnly && (autosave.dirty || autosave.state.status === "saving"));

  const set = (key: keyof Draft) => (value: string) => {
    setEdited(true);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const errorOf = (key: keyof Draft) => [...(errors[key] ?? []), ...(autosave.fieldErrors[key] ?? [])].join(" ") || undefined;

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur md:-mx-8 md:px-8">
        <p className="text-sm text-slate-600">
          <Link href={`/w/${ws.slug}/canvases`} className="font-medium text-brand-700 hover:underline">
            Canvases
          </Link>
          <span aria-hidden> / </span>
          {canvas.categoryName}
        </p>
        {readOnly ? (
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{draft.title}</h1>
        ) : (
          <h1 className="mt-1">
            <label htmlFor="canvas-title" className="sr-only">
              Canvas title
            </label>
            <input
              id="canvas-title"
              value={draft.title}
              aria-invalid={errorOf("title") ? true : undefined}
              aria-describedby={errorOf("title") ? "canvas-title-error" : undefined}
              onChange={(e) => set("title")(e.target.value)}
              className="-ml-2 w-full rounded-md border-0 bg-transparent px-2 py-1 text-xl font-semibold tracking-tight text-slate-900 ring-1 ring-inset ring-transparent hover:ring-slate-300 focus:bg-white focus:ring-2 focus:ring-brand-600 sm:text-2xl"
            />
          </h1>
        )}
        {readOnly ? null : <CharCount value={draft.title} max={200} />}
        <div className="mt-1 flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
          {readOnly ? (
            <p className="flex items-center gap-2 text-sm text-slate-700">
              <Badge tone={draft.status === "agreed" ? "green" : "slate"}>{draft.status === "agreed" ? "Agreed" : "Draft"}</Badge>
              <span className="text-xs text-slate-600">Read only</span>
            </p>
          ) : (
            <div className="flex items-center gap-2">
              <label htmlFor="canvas-status" className="text-sm font-medium text-slate-700">
                Status
              </label>
              <select
                id="canvas-status"
                value={draft.status}
                onChange={(e) => set("status")(e.target.value)}
                className="rounded-md border-0 py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
              >
                <option value="draft">Draft</option>
                <option value="agreed">Agreed with the team</option>
              </select>
            </div>
          )}
          {readOnly ? null : (
            <div className="flex flex-wrap items-baseline gap-x-3 sm:justify-end">
              <SaveStatus state={autosave.state} dirty={autosave.dirty} />
              {lastSaved.by ? (
                <p className="text-xs text-slate-600">
                  Last saved by {lastSaved.by}
                  <LocalTime at={lastSaved.at} prefix=", " />
                </p>
              ) : null}
            </div>
          )}
        </div>
        {errorOf("title") && !readOnly ? (
          <p id="canvas-title-error" role="alert" className="mt-1 text-xs font-medium text-red-700">
            {titleMissing ? "Give the canvas a title; the title is not saved until it has one." : errorOf("title")}
          </p>
        ) : null}
        {autosave.state.status === "conflict" ? (
          <div className="mt-3">
            <ConflictChoices clashes={autosave.state.clashes} onResolve={autosave.resolve} display={display} />
          </div>
        ) : null}
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <CanvasSectionField
          emphasis
          className="lg:col-span-3"
          label="Successful Customer Outcome"
          guidance="In the customer's words; what does success look like to them? e.g. “I get my car back fixed the day I was promised, without chasing.”"
          placeholder="I …"
          rows={3}
          value={draft.outcomeStatement}
          onChange={set("outcomeStatement")}
          readOnly={readOnly}
          error={errorOf("outcomeStatement")}
        />
        <CanvasSectionField
          label="Context"
          guidance="Their situation when they come to you: what is going on, what is at stake for them."
          value={draft.context}
          onChange={set("context")}
          readOnly={readOnly}
          error={errorOf("context")}
        />
        <CanvasSectionField
          label="Expectations"
          guidance="What they take for granted, and what would delight them."
          value={draft.expectations}
          onChange={set("expectations")}
          readOnly={readOnly}
          error={errorOf("expectations")}
        />
        <CanvasSectionField
          label="Pain points"
          guidance="Where it goes wrong for them today, in their words: waiting, chasing, surprises."
          value={draft.painPoints}
          onChange={set("painPoints")}
          readOnly={readOnly}
          error={errorOf("painPoints")}
        />
        <CanvasSectionField
          className="lg:col-span-3"
          label="Notes"
          guidance="Sources, open questions, who agreed what."
          rows={2}
          value={draft.notes}
          onChange={set("notes")}
          readOnly={readOnly}
          error={errorOf("notes")}
        />
      </div>
    </div>
  );
}
