"use client";

import { useEffect } from "react";
import { flushSync } from "react-dom";

/**
 * Calls `onPrint` when the browser starts printing (Ctrl+P or window.print),
 * while `enabled`. The call is flushed synchronously: the printout is taken
 * right after the event, so only what has rendered by then is in it.
 * `onPrint` should be stable (a state setter or a useCallback).
 */
export function useBeforePrint(onPrint: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const before = () => flushSync(onPrint);
    window.addEventListener("beforeprint", before);
    return () => window.removeEventListener("beforeprint", before);
  }, [onPrint, enabled]);
}
