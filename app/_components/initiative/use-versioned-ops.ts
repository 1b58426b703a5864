"use client";

import { useRef } from "react";
import type { useAutosave } from "../autosave/use-autosave";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Effects, prerequisites and status changes bump the initiative's version like
 * an edit of its fields. So they run one at a time, after the autosave has
 * flushed, with the newest version known; the new version then becomes the
 * autosave's base, and nobody gets a CONFLICT with themselves.
 */
type Autosave = Pick<ReturnType<typeof useAutosave>, "state" | "dirty" | "saveNow" | "currentVersion">;

export function useVersionedOps(autosave: Autosave, onVersion: (v: number) => void) {
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef({ autosave });
  latest.current = { autosave };
  const known = useRef(0);

  async function flush() {
    for (let i = 0; i < 100 && latest.current.autosave.state.status === "saving"; i++) await sleep(50);
    if (latest.current.autosave.dirty && latest.current.autosave.state.status !== "conflict") {
      await latest.current.autosave.saveNow();
      for (let i = 0; i < 100 && latest.current.autosave.state.status === "saving"; i++) await sleep(50);
    }
  }

  function run<T extends { version: number }>(op: (version: number) => Promise<T>): Promise<T> {
    const task = async () => {
      await flush();
      const version = Math.max(latest.current.autosave.currentVersion(), known.current);
      const result = await op(version);
      known.current = result.version;
      onVersion(result.version);
      return result;
    };
    const next = chain.current.then(task, task);
    chain.current = next.catch(() => undefined);
    return next;
  }

  return { run };
}
