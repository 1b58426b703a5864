"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ClashingField, StaleVersion } from "@/server/domain/errors";
import { readTrpcError } from "../trpc/read-trpc-error";

/** A form's fields, flat, keyed like the API's fields ("costReduction.low"), as the form shows them. */
export type Fields = Record<string, string | number | boolean | null>;

/** A clash as the form shows it: one field two people changed (decision 018), both values in the form's own terms. */
export type Clash = Omit<ClashingField, "yours" | "theirs"> & { mine: Fields[string]; theirs: Fields[string] };

export type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved"; at: number }
  | { status: "error"; message: string }
  | { status: "conflict"; clashes: Clash[] };

export type Pick = "mine" | "theirs";

/** A CONFLICT from a stale version: who changed the row and, for a field-level update, the fields that clash. */
export function conflictOf(error: unknown): StaleVersion | null {
  const { code, conflict } = readTrpcError(error);
  return code === "CONFLICT" && conflict && "changedBy" in conflict ? conflict : null;
}

/** The columns these forms edit hold plain values; anything else is shown as its JSON. */
function formValue(value: unknown): Fields[string] {
  if (value === undefined || value === null) return null;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : JSON.stringify(value);
}

/** The server's clashing fields, as the form shows them. */
export function clashesOf(conflict: StaleVersion): Clash[] {
  return (conflict.fields ?? []).map(({ yours, theirs, ...field }) => ({ ...field, mine: formValue(yours), theirs: formValue(theirs) }));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Debounced autosave of a form's fields, field by field (decision 018).
 *
 * It keeps the last values known to be on the server (the base) and sends only
 * the fields that differ from it, leaving out the ones the form marks invalid:
 * one bad field never holds back the others. The server merges what others
 * changed meanwhile in other fields and answers with the whole row; those
 * changes are handed to `onRemote` for fields the person has not touched, so
 * they appear in the form without losing the person's unsaved text.
 *
 * When someone else changed a field the person also changed (the server's
 * CONFLICT, or a field edited here that changed there), autosaving stops and
 * the clash is shown side by side; `resolve` takes the person's pick per field.
 * Nothing is overwritten without the person seeing it.
 */
export function useAutosave<F extends Fields>({
  values,
  version,
  save,
  load,
  onRemote,
  labels,
  invalid = [],
  delayMs = 800,
  enabled = true,
}: {
  values: F;
  /** The version the form was loaded at; a newer one from elsewhere (a status move) becomes the base version. */
  version: number;
  /** Saves the changed fields from `version`; returns the row after the save, in the form's terms. */
  save: (changed: Partial<F>, version: number) => Promise<{ version: number; values: F }>;
  /** The row as it is on the server now, in the form's terms. */
  load: () => Promise<{ version: number; values: F }>;
  onRemote: (changed: Partial<F>) => void;
  labels: Readonly<Record<string, string>>;
  invalid?: readonly string[];
  delayMs?: number;
  enabled?: boolean;
}) {
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const [rejected, setRejected] = useState<Record<string, { value: unknown; messages: string[] }>>({});
  const versionRef = useRef(version);
  const baseRef = useRef<F>(values);
  const pendingVersion = useRef<number | null>(null);
  const inFlight = useRef(false);
  const latest = useRef(values);
  latest.current = values;

  useEffect(() => {
    versionRef.current = Math.max(versionRef.current, version);
  }, [version]);

  const stillRejected = (key: string) => key in rejected && same(rejected[key]!.value, values[key]);
  const excluded = new Set([...invalid, ...Object.keys(rejected).filter(stillRejected)]);
  const dirtyKeys = Object.keys(values).filter((k) => !same(values[k], baseRef.current[k]));
  const sendable = dirtyKeys.filter((k) => !excluded.has(k));
  const dirty = dirtyKeys.length > 0;
  const sendKey = JSON.stringify(sendable.map((k) => [k, values[k]]));

  /** Takes in the server's row: others' changes to untouched fields go into the form; edited ones clash. */
  const absorb = useCallback(
    (server: F, sent: Partial<F>, who: { changedBy: string; changedAt: number | null }): Clash[] => {
      const base = { ...baseRef.current };
      const remote: Partial<F> = {};
      const clashes: Clash[] = [];
      for (const key of Object.keys(server) as (keyof F & string)[]) {
        if (key in sent) {
          base[key] = sent[key] as F[typeof key];
          continue;
        }
        if (same(server[key], base[key])) continue;
        const mine = latest.current[key];
        if (same(mine, base[key]) || same(mine, server[key])) {
          remote[key] = server[key];
          base[key] = server[key];
        } else {
          clashes.push({
            field: key,
            label: labels[key] ?? key,
            ...who,
            mine: mine as Fields[string],
            theirs: server[key] as Fields[string],
          });
        }
      }
      baseRef.current = base;
      if (Object.keys(remote).length > 0) onRemote(remote);
      return clashes;
    },
    [labels, onRemote],
  );

  const run = useCallback(
    async (keys: string[]) => {
      if (inFlight.current || keys.length === 0) return;
      inFlight.current = true;
      const snapshot = latest.current;
      let changed = Object.fromEntries(keys.map((k) => [k, snapshot[k]])) as Partial<F>;
      setState({ status: "saving" });
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await save(changed, versionRef.current);
            versionRef.current = result.version;
            const clashes = absorb(result.values, changed, { changedBy: "someone else", changedAt: null });
            if (clashes.length > 0) {
              pendingVersion.current = result.version;
              setState({ status: "conflict", clashes });
            } else setState({ status: "saved", at: Date.now() });
            return;
          } catch (error) {
            // A field the server refused stays marked; the others are saved without it.
            const refused = Object.keys(readTrpcError(error).fieldErrors).filter((k) => k in changed);
            if (refused.length > 0 && attempt === 0 && !conflictOf(error)) {
              const messages = readTrpcError(error).fieldErrors;
              setRejected((r) => ({ ...r, ...Object.fromEntries(refused.map((k) => [k, { value: changed[k], messages: messages[k]! }])) }));
              changed = Object.fromEntries(Object.entries(changed).filter(([k]) => !refused.includes(k))) as Partial<F>;
              if (Object.keys(changed).length > 0) continue;
              setState({ status: "error", message: "Fix the marked fields; the rest is saved." });
              return;
            }
            throw error;
          }
        }
      } catch (error) {
        const conflict = conflictOf(error);
        if (!conflict) {
          setState({ status: "error", message: readTrpcError(error).message });
          return;
        }
        const fresh = await load().catch(() => null);
        if (!fresh) {
          setState({ status: "error", message: `${readTrpcError(error).message} Reload the page to see their version.` });
          return;
        }
        const named = new Map((conflict.fields ?? []).map((f) => [f.field, f]));
        const clashes: Clash[] = [];
        for (const key of Object.keys(changed)) {
          const f = named.get(key);
          if (!f && conflict.fields) continue;
          clashes.push({
            field: key,
            label: f?.label ?? labels[key] ?? key,
            changedBy: f?.changedBy ?? conflict.changedBy,
            changedAt: f?.changedAt ?? conflict.changedAt,
            mine: snapshot[key] as Fields[string],
            theirs: fresh.values[key] as Fields[string],
          });
        }
        const clashing = Object.fromEntries(clashes.map((c) => [c.field, c.mine])) as Partial<F>;
        const others = absorb(fresh.values, {}, { changedBy: conflict.changedBy, changedAt: conflict.changedAt });
        // Fields that did not clash keep their place in the base; the clashing ones wait for the person's pick.
        for (const key of Object.keys(clashing)) baseRef.current = { ...baseRef.current, [key]: fresh.values[key] };
        pendingVersion.current = fresh.version;
        const all = [...clashes, ...others.filter((o) => !(o.field in clashing))];
        if (all.length === 0) {
          versionRef.current = fresh.version;
          setState({ status: "idle" });
        } else setState({ status: "conflict", clashes: all });
      } finally {
        inFlight.current = false;
      }
    },
    [save, load, absorb, labels],
  );

  useEffect(() => {
    if (!enabled || sendable.length === 0 || state.status === "conflict" || state.status === "saving") return;
    const timer = setTimeout(() => void run(sendable), delayMs);
    return () => clearTimeout(timer);
    // sendKey stands for `sendable` and its values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sendKey, enabled, delayMs, run, state.status]);

  useUnsavedChangesWarning(dirty || state.status === "saving");

  /** The person's pick per clashing field: theirs goes into the form, mine is saved over theirs. */
  function resolve(picks: Record<string, Pick>) {
    if (state.status !== "conflict") return;
    const theirs: Partial<F> = {};
    for (const clash of state.clashes) {
      baseRef.current = { ...baseRef.current, [clash.field]: clash.theirs };
      if (picks[clash.field] === "theirs") (theirs as Fields)[clash.field] = clash.theirs;
    }
    if (pendingVersion.current !== null) versionRef.current = Math.max(versionRef.current, pendingVersion.current);
    pendingVersion.current = null;
    if (Object.keys(theirs).length > 0) onRemote(theirs);
    setState({ status: "idle" });
  }

  const fieldErrorsOfRejected = Object.fromEntries(
    Object.entries(rejected)
      .filter(([k]) => stillRejected(k))
      .map(([k, r]) => [k, r.messages]),
  );

  return {
    state,
    dirty,
    /** Messages of fields the server refused, while they still hold the refused value. */
    fieldErrors: fieldErrorsOfRejected,
    saveNow: () => run(sendable),
    resolve,
    currentVersion: () => versionRef.current,
    setVersion: (v: number) => (versionRef.current = Math.max(versionRef.current, v)),
  };
}

/** Asks before the tab closes or reloads while there is unsaved work. */
export function useUnsavedChangesWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const handler = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener("beforeunload", handler);
    return () => window.removeEventListener("beforeunload", handler);
  }, [active]);
}
