"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "../trpc/error-message";

export type ConflictInfo = { changedBy: string; changedAt: number | null; currentVersion: number };
export type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved"; at: number }
  | { status: "error"; message: string }
  | { status: "conflict"; conflict: ConflictInfo };

function conflictOf(error: unknown): ConflictInfo | null {
  const data = (error as { data?: { code?: string; conflict?: ConflictInfo | null } } | null)?.data;
  return data?.code === "CONFLICT" && data.conflict ? data.conflict : null;
}

/**
 * Debounced autosave with optimistic concurrency. `save` receives the values
 * and the version last read; it returns the new version. A CONFLICT stops
 * autosaving until the person chooses: `overwrite()` saves their text over
 * the newer version, the caller's reload replaces their text. Nothing is sent
 * while the values equal what was last saved.
 */
export function useAutosave<T>({
  values,
  version,
  save,
  delayMs = 800,
  enabled = true,
}: {
  values: T;
  version: number;
  save: (values: T, version: number) => Promise<{ version: number }>;
  delayMs?: number;
  enabled?: boolean;
}) {
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const versionRef = useRef(version);
  const savedRef = useRef(JSON.stringify(values));
  const inFlight = useRef(false);
  const latest = useRef(values);
  latest.current = values;
  const serialized = JSON.stringify(values);
  const dirty = serialized !== savedRef.current;

  // A reload (new server version) resets the baseline.
  useEffect(() => {
    versionRef.current = version;
    savedRef.current = JSON.stringify(latest.current);
    setState({ status: "idle" });
  }, [version]);

  const run = useCallback(
    async (overrideVersion?: number) => {
      if (inFlight.current) return;
      inFlight.current = true;
      const snapshot = latest.current;
      const text = JSON.stringify(snapshot);
      setState({ status: "saving" });
      try {
        const result = await save(snapshot, overrideVersion ?? versionRef.current);
        versionRef.current = result.version;
        savedRef.current = text;
        setState({ status: "saved", at: Date.now() });
      } catch (error) {
        const conflict = conflictOf(error);
        setState(conflict ? { status: "conflict", conflict } : { status: "error", message: errorMessage(error) });
      } finally {
        inFlight.current = false;
      }
    },
    [save],
  );

  useEffect(() => {
    if (!enabled || !dirty || state.status === "conflict" || state.status === "saving") return;
    const timer = setTimeout(() => void run(), delayMs);
    return () => clearTimeout(timer);
  }, [serialized, dirty, enabled, delayMs, run, state.status]);

  useUnsavedChangesWarning(dirty || state.status === "saving");

  return {
    state,
    dirty,
    saveNow: () => run(),
    /** Keep mine: save over the newer version the server reported. */
    overwrite: () => (state.status === "conflict" ? run(state.conflict.currentVersion) : Promise.resolve()),
    currentVersion: () => versionRef.current,
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
