"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useCallback, useMemo, useState } from "react";
import type { EffectLink } from "@/server/scoring";
import { INITIATIVE_LABELS } from "@/server/domain/initiative/schemas";
import { ConflictChoices, SaveStatus } from "../autosave/save-status";
import { useAutosave } from "../autosave/use-autosave";
import type { InitiativeDetail } from "../trpc/types";
import { useConfirmLeave } from "../canvas/use-confirm-leave";
import { DecisionLog } from "../decision/decision-log";
import { LazyAuditHistory as AuditHistory, LazyCommentsPanel as CommentsPanel } from "../comment/lazy-panels";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { CharCount } from "../ui/char-count";
import { formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { AssumptionsList } from "./assumptions-list";
import { Crowns } from "./crowns";
import { InitiativeFacts } from "./initiative-facts";
import { DependenciesPicker } from "./dependencies-picker";
import { draftErrors, draftOf, estimatesOf, fieldsOf, toPatch, withFields, type Draft, type DraftFields } from "./draft";
import { EffectsPicker } from "./effects-picker";
import { MainFields } from "./main-fields";
import { MeasureLinksSection } from "./measure-links-section";
import { ScorePanel } from "./score-panel";
import { decisionOf } from "@/server/domain/initiative/status-rules";
import { StatusControl, type Move } from "./status-control";
import { useLiveScore } from "./use-live-score";
import { useVersionedOps } from "./use-versioned-ops";

/** A clashing value as the form shows it: an owner by name. */
function displayField(field: string, value: string | number | boolean | null, memberNames: Map<string, string>): string {
  if (field === "ownerId") return value ? (memberNames.get(String(value)) ?? "another member") : "No owner yet";
  return String(value ?? "");
}

const effectsOf = (i: InitiativeDetail): EffectLink[] => i.effects.map((e) => ({ momentId: e.momentId, effect: e.effect }));

/** The initiative editor: fields autosaved, links saved as chosen, the live score beside them. */
export function InitiativeWorkspace({ initiative }: { initiative: InitiativeDetail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const readOnly = !ws.canCall("initiative.update");
  const id = initiative.id;
  const [draft, setDraft] = useState<Draft>(() => draftOf(initiative));
  const [baseVersion, setBaseVersion] = useState(initiative.version);
  const [effects, setEffects] = useState<EffectLink[]>(() => effectsOf(initiative));
  const [deps, setDeps] = useState(() => initiative.dependsOn);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [depError, setDepError] = useState<string | null>(null);
  const [pendingOps, setPendingOps] = useState(0);
  const clientErrors = useMemo(() => draftErrors(draft), [draft]);
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId: ws.id }));
  const memberNames = useMemo(() => new Map((members.data ?? []).map((m) => [m.userId, m.name])), [members.data]);
  const fields = useMemo(() => fieldsOf(draft), [draft]);

  const refreshDerived = useCallback(() => {
    for (const key of [
      trpc.initiative.list.queryKey(),
      trpc.scorecard.pathKey(),
      trpc.moment.list.queryKey(),
      // A finish moves the marks on the measures' charts.
      trpc.measure.list.queryKey(),
      trpc.audit.list.queryKey(),
      trpc.decision.list.queryKey(),
    ]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  }, [queryClient, trpc]);

  const save = useCallback(
    async (changed: Partial<DraftFields>, version: number) => {
      const saved = await client.initiative.update.mutate({ workspaceId: ws.id, id, version, ...toPatch(changed) });
      refreshDerived();
      void queryClient.invalidateQueries({ queryKey: trpc.initiative.departments.queryKey() });
      return { version: saved.version, values: fieldsOf(draftOf(saved)) };
    },
    [client, ws.id, id, refreshDerived, queryClient, trpc],
  );
  const load = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.initiative.get.queryKey({ workspaceId: ws.id, id }) });
    const fresh = await queryClient.fetchQuery(trpc.initiative.get.queryOptions({ workspaceId: ws.id, id }));
    return { version: fresh.version, values: fieldsOf(draftOf(fresh)) };
  }, [queryClient, trpc, ws.id, id]);
  const onRemote = useCallback((changed: Partial<DraftFields>) => setDraft((d) => withFields(d, changed)), []);
  const autosave = useAutosave({
    values: fields,
    version: baseVersion,
    save,
    load,
    onRemote,
    labels: INITIATIVE_LABELS,
    invalid: Object.keys(clientErrors),
    enabled: !readOnly,
  });
  const errors = { ...autosave.fieldErrors, ...clientErrors };
  const ops = useVersionedOps(autosave, setBaseVersion);
  useConfirmLeave(!readOnly && (autosave.dirty || autosave.state.status === "saving" || pendingOps > 0));

  const tracked = <T,>(work: Promise<T>) => {
    setPendingOps((n) => n + 1);
    return work.finally(() => setPendingOps((n) => n - 1));
  };
  const refetchDetail = () => queryClient.invalidateQueries({ queryKey: trpc.initiative.get.queryKey({ workspaceId: ws.id, id }) });

  function changeEffect(momentId: string, effect: number) {
    const rest = effects.filter((e) => e.momentId !== momentId);
    const next =
      effect === 0
        ? rest
        : effects.some((e) => e.momentId === momentId)
          ? effects.map((e) => (e.momentId === momentId ? { momentId, effect } : e))
          : [...effects, { momentId, effect }];
    setEffects(next);
    setLinkError(null);
    void tracked(
      ops.run((version) => client.initiative.setEffects.mutate({ workspaceId: ws.id, initiativeId: id, version, effects: next })),
    )
      .then(refreshDerived)
      .catch(async (e: unknown) => {
        setLinkError(`${readTrpcError(e).message} The links below are what is saved now.`);
        await refetchDetail();
        const fresh = queryClient.getQueryData(trpc.initiative.get.queryKey({ workspaceId: ws.id, id }));
        if (fresh) setEffects(effectsOf(fresh));
      });
  }

  function changeDeps(next: InitiativeDetail["dependsOn"]) {
    const previous = deps;
    setDeps(next);
    setDepError(null);
    void tracked(
      ops.run((version) =>
        client.initiative.setDependencies.mutate({ workspaceId: ws.id, initiativeId: id, version, dependsOn: next.map((d) => d.id) }),
      ),
    )
      .then(() => {
        refreshDerived();
        void refetchDetail();
      })
      .catch((e: unknown) => {
        setDeps(previous);
        setDepError(readTrpcError(e).message);
      });
  }

  function move(m: Move, extra: { reason?: string; startPeriod?: number }) {
    const base = { workspaceId: ws.id, id };
    return tracked(
      ops.run((version) => {
        if (m.procedure === "initiative.decide") {
          return client.initiative.decide.mutate({ ...base, version, decision: decisionOf(m), reason: extra.reason ?? "" });
        }
        if (m.procedure === "initiative.updateProgress") {
          return client.initiative.updateProgress.mutate({ ...base, version, status: m.to, startPeriod: extra.startPeriod });
        }
        return client.initiative.update.mutate({ ...base, version, status: m.to });
      }),
    ).then(() => {
      refreshDerived();
      return refetchDetail();
    });
  }

  const assumptionOp = (work: Promise<unknown>) =>
    work.then(() => {
      void refetchDetail();
      void queryClient.invalidateQueries({ queryKey: trpc.audit.list.queryKey() });
    });

  const estimates = useMemo(() => estimatesOf(draft), [draft]);
  const live = useLiveScore(id, estimates, effects, initiative.assumptions);
  const titleError = errors.title;

  return (
    <div className="space-y-6">
      <div className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur md:-mx-8 md:px-8">
        <p className="text-sm">
          <Link href={`/w/${ws.slug}/initiatives`} className="font-medium text-brand-700 hover:underline">
            Initiatives
          </Link>
        </p>
        {readOnly ? (
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{draft.title}</h1>
        ) : (
          <h1 className="mt-1">
            <label htmlFor="initiative-title" className="sr-only">
              Title
            </label>
            <input
              id="initiative-title"
              value={draft.title}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? "initiative-title-error" : undefined}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              className="-ml-2 w-full rounded-md border-0 bg-transparent px-2 py-1 text-xl font-semibold tracking-tight text-slate-900 ring-1 ring-inset ring-transparent hover:ring-slate-300 focus:bg-white focus:ring-2 focus:ring-brand-600 sm:text-2xl"
            />
          </h1>
        )}
        {readOnly ? null : <CharCount value={draft.title} max={200} />}
        {titleError ? (
          <p id="initiative-title-error" role="alert" className="mt-1 text-xs font-medium text-red-700">
            {titleError.join(" ")}
          </p>
        ) : null}
        <div className="mt-2 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <StatusControl status={initiative.status} decisionReason={initiative.decisionReason} onMove={move} />
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            {live.status === "ok" ? (
              <p className="flex items-center gap-2 text-sm text-slate-700 xl:hidden" aria-hidden>
                <Crowns scores={live.score.scores} /> value {formatNumber(live.score.valueScore, 1)}
              </p>
            ) : null}
            {readOnly ? (
              <p className="text-xs text-slate-600">Read only</p>
            ) : (
              <div>
                <SaveStatus state={autosave.state} dirty={autosave.dirty} />
                {Object.keys(errors).length > 0 ? (
                  <p className="text-xs font-medium text-red-700">The marked fields are not saved until they are fixed; the others are.</p>
                ) : null}
              </div>
            )}
          </div>
        </div>
        {autosave.state.status === "conflict" ? (
          <div className="mt-3">
            <ConflictChoices
              clashes={autosave.state.clashes}
              onResolve={autosave.resolve}
              display={(field, value) => displayField(field, value, memberNames)}
            />
          </div>
        ) : null}
      </div>

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          {readOnly ? (
            <InitiativeFacts draft={draft} />
          ) : (
            <MainFields draft={draft} onChange={setDraft} errors={errors} readOnly={false} assumptions={initiative.assumptions.length} />
          )}
          <EffectsPicker effects={effects} onChange={changeEffect} readOnly={readOnly} error={linkError} saving={pendingOps > 0} />
          <MeasureLinksSection
            links={initiative.measureLinks}
            readOnly={!ws.canCall("initiative.setMeasureLinks")}
            onSave={(links) =>
              tracked(
                ops.run((version) => client.initiative.setMeasureLinks.mutate({ workspaceId: ws.id, initiativeId: id, version, links })),
              ).then(() => {
                void queryClient.invalidateQueries({ queryKey: trpc.measure.list.queryKey() });
                void queryClient.invalidateQueries({ queryKey: trpc.audit.list.queryKey() });
                return refetchDetail();
              })
            }
          />
          <DependenciesPicker
            initiativeId={id}
            dependsOn={deps}
            dependents={initiative.dependents}
            onChange={changeDeps}
            readOnly={readOnly}
            error={depError}
            saving={pendingOps > 0}
          />
          <AssumptionsList
            items={initiative.assumptions}
            readOnly={readOnly}
            onAdd={(input) => assumptionOp(client.initiative.addAssumption.mutate({ workspaceId: ws.id, initiativeId: id, ...input }))}
            onUpdate={(a, patch) =>
              assumptionOp(client.initiative.updateAssumption.mutate({ workspaceId: ws.id, id: a.id, version: a.version, ...patch }))
            }
            onDelete={(a) => assumptionOp(client.initiative.deleteAssumption.mutate({ workspaceId: ws.id, id: a.id, version: a.version }))}
          />
          <DecisionLog initiativeId={id} />
          <div className="grid gap-6 lg:grid-cols-2">
            <CommentsPanel entityType="initiative" entityId={id} />
            <AuditHistory entityType="initiative" entityId={id} />
          </div>
        </div>
        <aside aria-label="Score" className="order-first xl:order-none">
          <div className="xl:sticky xl:top-40">
            <ScorePanel live={live} />
          </div>
        </aside>
      </div>
    </div>
  );
}
