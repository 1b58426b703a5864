"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useCallback, useMemo, useState } from "react";
import type { EffectLink } from "@/server/scoring";
import { ConflictPrompt, SaveStatus } from "../autosave/save-status";
import { useAutosave } from "../autosave/use-autosave";
import type { InitiativeDetail } from "../canvas/router-outputs";
import { useConfirmLeave } from "../canvas/use-confirm-leave";
import { LazyAuditHistory as AuditHistory, LazyCommentsPanel as CommentsPanel } from "../comments/lazy-panels";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { errorMessage, fieldErrors } from "../trpc/error-message";
import { formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { AssumptionsList } from "./assumptions-list";
import { Crowns } from "./crowns";
import { DependenciesPicker } from "./dependencies-picker";
import { draftOf, parseDraft, type Draft } from "./draft";
import { EffectsPicker } from "./effects-picker";
import { MainFields } from "./main-fields";
import { ScorePanel } from "./score-panel";
import { StatusControl, type Move } from "./status-control";
import { useLiveScore } from "./use-live-score";
import { useVersionedOps } from "./use-versioned-ops";

const effectsOf = (i: InitiativeDetail): EffectLink[] => i.effects.map((e) => ({ momentId: e.momentId, effect: e.effect }));

/** The initiative editor: fields autosaved, links saved as chosen, the live score beside them. */
export function InitiativeWorkspace({ initiative }: { initiative: InitiativeDetail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const readOnly = !ws.can("content.write");
  const id = initiative.id;
  const [draft, setDraft] = useState<Draft>(() => draftOf(initiative));
  const [baseVersion, setBaseVersion] = useState(initiative.version);
  const [effects, setEffects] = useState<EffectLink[]>(() => effectsOf(initiative));
  const [deps, setDeps] = useState(() => initiative.dependsOn);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [depError, setDepError] = useState<string | null>(null);
  const [pendingOps, setPendingOps] = useState(0);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const parsed = useMemo(() => parseDraft(draft), [draft]);
  const errors = { ...serverErrors, ...parsed.errors };

  const refreshDerived = useCallback(() => {
    for (const key of [trpc.initiative.list.queryKey(), trpc.scorecard.pathKey(), trpc.moment.list.queryKey(), trpc.audit.list.queryKey()]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  }, [queryClient, trpc]);

  const save = useCallback(
    async (d: Draft, version: number) => {
      const p = parseDraft(d);
      if (!p.ok) throw new Error("Fix the highlighted fields first.");
      const saved = await client.initiative.update.mutate({ workspaceId: ws.id, id, version, ...p.values }).catch((error: unknown) => {
        setServerErrors(fieldErrors(error));
        throw error;
      });
      setServerErrors({});
      refreshDerived();
      void queryClient.invalidateQueries({ queryKey: trpc.initiative.departments.queryKey() });
      return { version: saved.version };
    },
    [client, ws.id, id, refreshDerived, queryClient, trpc],
  );
  const autosave = useAutosave({ values: draft, version: baseVersion, save, enabled: !readOnly && parsed.ok });
  const ops = useVersionedOps(autosave, parsed.ok, setBaseVersion);
  useConfirmLeave(!readOnly && (autosave.dirty || autosave.state.status === "saving" || pendingOps > 0));

  const tracked = <T,>(work: Promise<T>) => {
    setPendingOps((n) => n + 1);
    return work.finally(() => setPendingOps((n) => n - 1));
  };
  const refetchDetail = () => queryClient.invalidateQueries({ queryKey: trpc.initiative.get.queryKey({ workspaceId: ws.id, id }) });

  async function reload() {
    await refetchDetail();
    const fresh = await queryClient.fetchQuery(trpc.initiative.get.queryOptions({ workspaceId: ws.id, id }));
    setDraft(draftOf(fresh));
    setEffects(effectsOf(fresh));
    setDeps(fresh.dependsOn);
    ops.reset(fresh.version);
    setBaseVersion(fresh.version);
  }

  function changeEffect(momentId: string, effect: number) {
    const rest = effects.filter((e) => e.momentId !== momentId);
    const next = effect === 0 ? rest : effects.some((e) => e.momentId === momentId) ? effects.map((e) => (e.momentId === momentId ? { momentId, effect } : e)) : [...effects, { momentId, effect }];
    setEffects(next);
    setLinkError(null);
    void tracked(ops.run((version) => client.initiative.setEffects.mutate({ workspaceId: ws.id, initiativeId: id, version, effects: next })))
      .then(refreshDerived)
      .catch(async (e: unknown) => {
        setLinkError(`${errorMessage(e)} The links below are what is saved now.`);
        await refetchDetail();
        const fresh = queryClient.getQueryData(trpc.initiative.get.queryKey({ workspaceId: ws.id, id }));
        if (fresh) setEffects(effectsOf(fresh));
      });
  }

  function changeDeps(next: InitiativeDetail["dependsOn"]) {
    const previous = deps;
    setDeps(next);
    setDepError(null);
    void tracked(ops.run((version) => client.initiative.setDependencies.mutate({ workspaceId: ws.id, initiativeId: id, version, dependsOn: next.map((d) => d.id) })))
      .then(() => {
        refreshDerived();
        void refetchDetail();
      })
      .catch((e: unknown) => {
        setDeps(previous);
        setDepError(errorMessage(e));
      });
  }

  function move(m: Move, extra: { reason?: string; startPeriod?: number }) {
    const base = { workspaceId: ws.id, id };
    return tracked(
      ops.run((version) => {
        if (m.via === "approve" || m.via === "reject") {
          return client.initiative.decide.mutate({ ...base, version, decision: m.via, reason: extra.reason ?? "" });
        }
        if (m.via === "track") return client.initiative.updateProgress.mutate({ ...base, version, status: m.to, startPeriod: extra.startPeriod });
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

  const estimates = useMemo(() => {
    if (!parsed.ok) return null;
    const v = parsed.values;
    return {
      costReduction: v.costReduction,
      revenueGrowth: v.revenueGrowth,
      investment: v.investment,
      effort: v.effort,
      durationPeriods: v.durationPeriods,
      confidence: v.confidence,
    };
  }, [parsed]);
  const live = useLiveScore(id, estimates, effects);
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
              maxLength={200}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? "initiative-title-error" : undefined}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              className="-ml-2 w-full rounded-md border-0 bg-transparent px-2 py-1 text-xl font-semibold tracking-tight text-slate-900 ring-1 ring-inset ring-transparent hover:ring-slate-300 focus:bg-white focus:ring-2 focus:ring-brand-600 sm:text-2xl"
            />
          </h1>
        )}
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
                {!parsed.ok ? <p className="text-xs font-medium text-red-700">Fix the highlighted fields to save</p> : null}
              </div>
            )}
          </div>
        </div>
        {autosave.state.status === "conflict" ? (
          <div className="mt-3">
            <ConflictPrompt state={autosave.state} onReload={() => void reload()} onOverwrite={() => void autosave.overwrite()} />
          </div>
        ) : null}
      </div>

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <MainFields draft={draft} onChange={setDraft} errors={errors} readOnly={readOnly} />
          <EffectsPicker effects={effects} onChange={changeEffect} readOnly={readOnly} error={linkError} saving={pendingOps > 0} />
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
            onUpdate={(a, patch) => assumptionOp(client.initiative.updateAssumption.mutate({ workspaceId: ws.id, id: a.id, version: a.version, ...patch }))}
            onDelete={(a) => assumptionOp(client.initiative.deleteAssumption.mutate({ workspaceId: ws.id, id: a.id, version: a.version }))}
          />
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
