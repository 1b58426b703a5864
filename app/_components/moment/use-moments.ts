"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { clashesOf, conflictOf, type Clash, type Pick } from "../autosave/use-autosave";
import type { MomentItem, RouterInputs } from "../trpc/types";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { MOMENTS_LIMIT } from "./moments-limit";
import { useWorkspace } from "../workspace/workspace-context";

type Patch = Omit<RouterInputs["moment"]["update"], "workspaceId" | "id" | "version">;
type Deleted = { moment: MomentItem; index: number; effectLinks: number };

/** A moment's cell someone else changed while this person changed it too: both values, for the person to pick. */
type MomentConflict = { id: string; name: string; clashes: Clash[] };

/**
 * The moments of one canvas and every change to them. The list query is the
 * one source of truth (table, hot-spot chart and counts read it); saves of one
 * moment run one after another so each uses the version the previous returned.
 */
export function useMoments(canvasId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const input = { workspaceId: ws.id, canvasId, limit: MOMENTS_LIMIT };
  const queryKey = trpc.moment.list.queryKey(input);
  const list = useQuery(trpc.moment.list.queryOptions(input));
  const [notice, setNotice] = useState<{ tone: "error" | "warning"; text: string } | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [busy, setBusy] = useState(0);
  const [conflict, setConflict] = useState<MomentConflict | null>(null);
  const chains = useRef(new Map<string, Promise<unknown>>());

  const items = () => queryClient.getQueryData(queryKey)?.items ?? [];
  const setItems = (fn: (items: MomentItem[]) => MomentItem[]) =>
    queryClient.setQueryData(queryKey, (old) => {
      if (!old) return old;
      const next = fn(old.items);
      return { ...old, items: next, total: next.length };
    });
  const refreshOthers = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.canvas.list.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.moment.listGrouped.queryKey() });
  };
  const track = async <T>(work: () => Promise<T>, onConflict?: (clashes: Clash[]) => boolean): Promise<T | undefined> => {
    setBusy((n) => n + 1);
    try {
      return await work();
    } catch (error) {
      const { message, code } = readTrpcError(error);
      const stale = conflictOf(error);
      void queryClient.invalidateQueries({ queryKey });
      if (stale?.fields?.length && onConflict?.(clashesOf(stale))) return undefined;
      setNotice({
        tone: code === "CONFLICT" ? "warning" : "error",
        text:
          code === "CONFLICT"
            ? `${message} The table now shows their version; make your change again if it still applies.`
            : `${message} Your change was not saved.`,
      });
      return undefined;
    } finally {
      setBusy((n) => n - 1);
    }
  };

  function update(id: string, patch: Patch) {
    setNotice(null);
    const previous = chains.current.get(id) ?? Promise.resolve();
    const name = items().find((m) => m.id === id)?.name ?? "";
    const next = previous.then(() =>
      track(
        async () => {
          const current = items().find((m) => m.id === id);
          if (!current) return;
          setItems((all) => all.map((m) => (m.id === id ? { ...m, ...patch } : m)));
          const saved = await client.moment.update.mutate({ workspaceId: ws.id, id, version: current.version, ...patch });
          setItems((all) => all.map((m) => (m.id === id ? saved : m)));
          refreshOthers();
        },
        (clashes) => {
          setConflict({ id, name, clashes });
          return true;
        },
      ),
    );
    chains.current.set(id, next);
    return next;
  }

  async function create(values: Omit<RouterInputs["moment"]["create"], "workspaceId" | "canvasId">) {
    setNotice(null);
    const saved = await client.moment.create.mutate({ workspaceId: ws.id, canvasId, ...values });
    setItems((all) => [...all, saved]);
    refreshOthers();
    return saved;
  }

  function remove(moment: MomentItem) {
    setNotice(null);
    const index = items().findIndex((m) => m.id === moment.id);
    return track(async () => {
      const result = await client.moment.delete.mutate({ workspaceId: ws.id, id: moment.id });
      setItems((all) => all.filter((m) => m.id !== moment.id));
      setDeleted({ moment, index, effectLinks: result.effectLinks });
      refreshOthers();
    });
  }

  /** Re-creates the deleted moment with the same fields, at the place it had. */
  function undoDelete() {
    const d = deleted;
    if (!d) return Promise.resolve();
    setDeleted(null);
    const m = d.moment;
    return track(async () => {
      const saved = await client.moment.create.mutate({
        workspaceId: ws.id,
        canvasId,
        name: m.name,
        stage: m.stage,
        journeyType: m.journeyType,
        channel: m.channel,
        importance: m.importance,
        performance: m.performance,
        volumePerYear: m.volumePerYear,
        costPerInteraction: m.costPerInteraction,
      });
      const others = items().filter((x) => x.id !== saved.id);
      const ordered = [...others.slice(0, d.index), saved, ...others.slice(d.index)];
      setItems(() => ordered);
      if (d.index < others.length) {
        await client.moment.reorder.mutate({ workspaceId: ws.id, canvasId, ids: ordered.map((x) => x.id) });
      }
      refreshOthers();
    });
  }

  function move(id: string, to: number) {
    const all = items();
    const from = all.findIndex((m) => m.id === id);
    if (from < 0 || to < 0 || to >= all.length || from === to) return Promise.resolve();
    const ordered = all.slice();
    const [moved] = ordered.splice(from, 1);
    ordered.splice(to, 0, moved!);
    setItems(() => ordered);
    return track(() => client.moment.reorder.mutate({ workspaceId: ws.id, canvasId, ids: ordered.map((m) => m.id) }));
  }

  /** The person's pick per clashing cell: theirs is already in the table, mine is saved over it now that they have seen it. */
  async function resolveConflict(picks: Record<string, Pick>) {
    const c = conflict;
    if (!c) return;
    setConflict(null);
    const mine = Object.fromEntries(c.clashes.filter((x) => picks[x.field] === "mine").map((x) => [x.field, x.mine])) as Patch;
    if (Object.keys(mine).length === 0) return;
    await queryClient.refetchQueries({ queryKey });
    await update(c.id, mine);
  }

  return {
    conflict,
    resolveConflict,
    list,
    items: list.data?.items ?? [],
    update,
    create,
    remove,
    undoDelete,
    move,
    deleted,
    dismissDeleted: () => setDeleted(null),
    notice,
    dismissNotice: () => setNotice(null),
    saving: busy > 0,
  };
}
