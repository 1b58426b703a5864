"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { SCENARIO_DESCRIPTION_MAX, SCENARIO_NAME_MAX } from "@/server/domain/scenario/schemas";
import { conflictOf } from "../autosave/use-autosave";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Skeleton } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { formatDateTime } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { CapacityOverrides } from "./capacity-overrides";
import { draftOf, EMPTY_DRAFT, formErrors, valuesOf, type ScenarioDraft, type ScenarioValues } from "./draft";
import { ForcedPicker } from "./forced-picker";

/** What the editor is open on: a new scenario, or a saved one by id. */
export type EditorTarget = { mode: "new" } | { mode: "edit"; id: string; name: string };

/** New or Edit: a dialog with the whole scenario; a saved one is loaded first. */
export function ScenarioEditor({
  target,
  onClose,
  onSaved,
}: {
  target: EditorTarget | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      wide
      title={target?.mode === "edit" ? `Edit “${target.name}”` : "New scenario"}
      description="A scenario changes the plan's inputs (capacity, what must or must not be in the plan, the scoring model) without touching the workspace."
    >
      {target?.mode === "edit" ? (
        <SavedScenario id={target.id} onClose={onClose} onSaved={onSaved} />
      ) : target ? (
        <EditorForm initial={EMPTY_DRAFT} onClose={onClose} onSaved={onSaved} />
      ) : null}
    </Dialog>
  );
}

function SavedScenario({ id, onClose, onSaved }: { id: string; onClose: () => void; onSaved: (name: string) => void }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const scenario = useQuery(trpc.scenario.get.queryOptions({ workspaceId: ws.id, id }));
  if (scenario.error) return <Alert>This scenario could not be loaded: {readTrpcError(scenario.error).message}</Alert>;
  if (!scenario.data) return <Skeleton className="h-80" />;
  return (
    <EditorForm
      key={`${id}:${scenario.data.version}`}
      saved={{ id, version: scenario.data.version }}
      initial={draftOf(scenario.data)}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}

type SaveInput = { values: ScenarioValues; version?: number };

function EditorForm({
  saved,
  initial,
  onClose,
  onSaved,
}: {
  saved?: { id: string; version: number };
  initial: ScenarioDraft;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const [draft, setDraft] = useState(initial);
  const [sent, setSent] = useState<ScenarioValues["capacities"]>([]);
  const [typedCapacityErrors, setTypedCapacityErrors] = useState<Record<string, string>>({});
  // Fields changed since the last refusal: their old error no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const periods = useQuery(trpc.period.list.queryOptions({ workspaceId: ws.id }));
  const models = useQuery(trpc.scoringModel.history.queryOptions({ workspaceId: ws.id, limit: 200 }));
  const periodList = periods.data ?? [];

  const save = useMutation({
    mutationFn: async ({ values, version }: SaveInput) => {
      if (!saved) return await client.scenario.create.mutate({ workspaceId: ws.id, ...values });
      return await client.scenario.update.mutate({
        workspaceId: ws.id,
        id: saved.id,
        expectedVersion: version ?? saved.version,
        ...values,
      });
    },
    onSuccess: async (scenario) => {
      await queryClient.invalidateQueries({ queryKey: trpc.scenario.list.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.scenario.get.queryKey() });
      onSaved(scenario.name);
    },
  });
  const failure = readTrpcError(save.error);
  const conflict = conflictOf(save.error);
  const server = formErrors(failure.fieldErrors, sent);
  const fieldError = (key: string) => (edited.has(key) ? undefined : server.fields[key]);
  const capacityErrors = {
    ...Object.fromEntries(Object.entries(server.capacities).filter(([id]) => !edited.has(`capacity:${id}`))),
    ...typedCapacityErrors,
  };

  function change(key: string, next: Partial<ScenarioDraft>) {
    setDraft((d) => ({ ...d, ...next }));
    setEdited((e) => (e.has(key) ? e : new Set(e).add(key)));
  }

  function submit(e?: FormEvent<HTMLFormElement>, version?: number) {
    e?.preventDefault();
    const read = valuesOf(
      draft,
      periodList.map((p) => p.id),
    );
    if (!read.ok) {
      setTypedCapacityErrors(read.capacityErrors);
      return;
    }
    setTypedCapacityErrors({});
    setEdited(new Set());
    setSent(read.values.capacities);
    save.mutate({ values: read.values, version });
  }

  const current = models.data?.items[0]?.number;
  const modelOptions = models.data?.items ?? [];
  const listedModel = draft.model === "" || modelOptions.some((m) => String(m.number) === draft.model);
  const unplacedErrors = Object.keys(failure.fieldErrors).length === 0 || Object.keys(server.fields).some((k) => !(k in KNOWN_FIELDS));

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={saved ? "Edit scenario" : "New scenario"}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          ref={nameRef}
          label="Name"
          name="name"
          required
          limit={SCENARIO_NAME_MAX}
          value={draft.name}
          onChange={(e) => change("name", { name: e.target.value })}
          error={fieldError("name")}
          placeholder="e.g. Two more people from Q3"
        />
        <SelectField
          label="Scoring model"
          name="model"
          value={draft.model}
          onChange={(e) => change("scoringModelNumber", { model: e.target.value })}
          error={fieldError("scoringModelNumber")}
          hint="Score the initiatives with another version of the model."
        >
          <option value="">{current ? `Current model (v${current})` : "Current model"}</option>
          {modelOptions.map((m) => (
            <option key={m.number} value={String(m.number)}>
              {`v${m.number}${m.note ? ` — ${m.note}` : ""} (${formatDateTime(m.createdAt)})`}
            </option>
          ))}
          {!listedModel ? <option value={draft.model}>v{draft.model}</option> : null}
        </SelectField>
      </div>
      <TextAreaField
        label="Description"
        name="description"
        rows={2}
        limit={SCENARIO_DESCRIPTION_MAX}
        value={draft.description}
        onChange={(e) => change("description", { description: e.target.value })}
        error={fieldError("description")}
        hint="Optional: the question this scenario answers."
      />
      <section className="space-y-2" aria-labelledby="scenario-capacity-heading">
        <div>
          <h3 id="scenario-capacity-heading" className="text-sm font-medium text-slate-800">
            Capacity per period
          </h3>
          <p className="text-xs text-slate-500">Leave a period empty to keep its own capacity.</p>
        </div>
        {periods.error ? <Alert>The periods could not be loaded: {readTrpcError(periods.error).message}</Alert> : null}
        {periods.isPending ? (
          <Skeleton className="h-24" />
        ) : (
          <CapacityOverrides
            periods={periodList}
            overrides={draft.overrides}
            errors={capacityErrors}
            onChange={(periodId, text) => {
              change(`capacity:${periodId}`, { overrides: { ...draft.overrides, [periodId]: text } });
              setTypedCapacityErrors(({ [periodId]: _gone, ...rest }) => rest);
            }}
          />
        )}
        {fieldError("capacities") ? <p className="text-xs font-medium text-red-700">{fieldError("capacities")}</p> : null}
      </section>
      <div className="grid gap-6 sm:grid-cols-2">
        <ForcedPicker
          label="Forced in"
          hint="Must be in the plan: if it cannot fit, the scenario says what blocks it."
          chosen={draft.forceIn}
          taken={draft.forceOut}
          onChange={(forceIn) => change("forceIn", { forceIn })}
          error={fieldError("forceIn")}
        />
        <ForcedPicker
          label="Forced out"
          hint="Left out of the plan, whatever its value."
          chosen={draft.forceOut}
          taken={draft.forceIn}
          onChange={(forceOut) => change("forceOut", { forceOut })}
          error={fieldError("forceOut")}
        />
      </div>
      {conflict ? (
        <Alert tone="warning">
          <p>{failure.message} Your changes are still here.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button size="sm" onClick={() => submit(undefined, conflict.currentVersion)} busy={save.isPending}>
              Save mine over theirs
            </Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                save.reset();
                void queryClient.invalidateQueries({ queryKey: trpc.scenario.get.queryKey() });
              }}
            >
              Discard mine and load theirs
            </Button>
          </div>
        </Alert>
      ) : save.error && unplacedErrors ? (
        <Alert>{failure.message}</Alert>
      ) : null}
      {Object.keys(typedCapacityErrors).length ? <Alert>Some capacities cannot be read as numbers: correct them above.</Alert> : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" busy={save.isPending}>
          {saved ? "Save scenario" : "Create scenario"}
        </Button>
      </div>
    </form>
  );
}

/** The fields the form shows an error beside; any other refusal is shown above the buttons. */
const KNOWN_FIELDS = { name: 1, description: 1, scoringModelNumber: 1, capacities: 1, forceIn: 1, forceOut: 1 } as const;
