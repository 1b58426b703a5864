"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { RoadmapTabs } from "../roadmap/roadmap-tabs";
import { Alert, Card, EmptyState, PageHeader, Skeleton } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { ScenarioCompare } from "../plan/scenario-compare";
import { DeleteScenarioDialog, type ScenarioRef } from "./delete-scenario-dialog";
import { DuplicateScenarioDialog } from "./duplicate-scenario-dialog";
import { ScenarioEditor, type EditorTarget } from "./scenario-editor";
import { scenarioSummary } from "./summary";

/**
 * The workspace's plan scenarios: what each changes, and for admins and
 * executives New, Edit, Duplicate and Delete; below them, two plans compared
 * side by side (plan/scenario-compare.tsx).
 */
export function ScenariosView() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const canWrite = ws.canCall("scenario.create");
  const list = useQuery(trpc.scenario.list.queryOptions({ workspaceId: ws.id }));
  const periods = useQuery(trpc.period.list.queryOptions({ workspaceId: ws.id }));
  const periodInfo = useMemo(
    () => new Map((periods.data ?? []).map((p) => [p.id, { label: p.label, capacity: p.capacity }])),
    [periods.data],
  );
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [deleting, setDeleting] = useState<ScenarioRef | null>(null);
  const [duplicating, setDuplicating] = useState<ScenarioRef | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const scenarios = list.data ?? [];
  /** Opens a dialog; the last "saved" message has been read by then. */
  const open = (show: () => void) => {
    setDone(null);
    show();
  };
  const newButton = canWrite ? <Button onClick={() => open(() => setEditing({ mode: "new" }))}>New scenario</Button> : null;

  return (
    <>
      <PageHeader
        title="Scenarios"
        description="What-if versions of the plan: change a period's capacity, force initiatives in or out, or score with another model version, and compare the plans they give. The workspace itself is never changed."
        actions={scenarios.length ? newButton : null}
      />
      <RoadmapTabs slug={ws.slug} />
      <div className="space-y-6">
        {/* One live region that stays on the page, so each "saved" is announced. */}
        <p
          role="status"
          aria-live="polite"
          className={done ? "rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-inset ring-emerald-200" : "sr-only"}
        >
          {done ?? ""}
        </p>
        {list.error ? <Alert>The scenarios could not be loaded: {readTrpcError(list.error).message} Reload the page.</Alert> : null}
        {list.isPending ? <Skeleton className="h-40" /> : null}
        {list.data && scenarios.length === 0 ? (
          <EmptyState title="No scenarios yet" action={newButton}>
            A scenario is a named &ldquo;what if&rdquo; for the roadmap: more or less capacity in some periods, initiatives that must be in
            the plan or must stay out, or another version of the scoring model. Plans of two scenarios can be compared side by side without
            changing the workspace. {canWrite ? "Create the first one." : "Admins and executives create them; you can compare them here."}
          </EmptyState>
        ) : null}
        {scenarios.length ? (
          <Card>
            <ul className="divide-y divide-slate-100" aria-label="Scenarios">
              {scenarios.map((s) => {
                const ref = { id: s.id, name: s.name, version: s.version };
                return (
                  <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3" data-testid="scenario-row">
                    <div className="min-w-0">
                      <h2 className="font-medium text-slate-900">{s.name}</h2>
                      {s.description ? <p className="text-sm text-slate-600">{s.description}</p> : null}
                      <p className="mt-0.5 text-sm text-slate-700" data-testid="scenario-summary">
                        {scenarioSummary(s, periodInfo)}
                      </p>
                    </div>
                    {canWrite ? (
                      <div className="flex shrink-0 gap-1">
                        <Button
                          size="sm"
                          variant="secondary"
                          onClick={() => open(() => setEditing({ mode: "edit", id: s.id, name: s.name }))}
                        >
                          Edit<span className="sr-only"> {s.name}</span>
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => open(() => setDuplicating(ref))}>
                          Duplicate<span className="sr-only"> {s.name}</span>
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => open(() => setDeleting(ref))}>
                          Delete<span className="sr-only"> {s.name}</span>
                        </Button>
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </Card>
        ) : null}
        <ScenarioCompare />
      </div>
      <ScenarioEditor
        target={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          setDone(`“${name}” saved.`);
        }}
      />
      <DuplicateScenarioDialog
        scenario={duplicating}
        onClose={() => setDuplicating(null)}
        onDuplicated={(name) => setDone(`“${name}” created.`)}
      />
      <DeleteScenarioDialog scenario={deleting} onClose={() => setDeleting(null)} onDeleted={(name) => setDone(`“${name}” deleted.`)} />
    </>
  );
}
