"use client";

import { useEffect, useRef } from "react";
import { Button } from "../ui/button";

/** "Deleted … Undo": stays long enough to reach with the keyboard, and is announced. */
export function UndoToast({
  message,
  onUndo,
  onDismiss,
  timeoutMs = 15_000,
}: {
  message: string | null;
  onUndo: () => void;
  onDismiss: () => void;
  timeoutMs?: number;
}) {
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => dismiss.current(), timeoutMs);
    return () => clearTimeout(timer);
  }, [message, timeoutMs]);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      {message ? (
        <div className="pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg">
          <span>{message}</span>
          <Button size="sm" variant="secondary" onClick={onUndo}>
            Undo
          </Button>
          <button type="button" onClick={onDismiss} aria-label="Dismiss" className="rounded p-1 text-slate-300 hover:text-white">
            <span aria-hidden>✕</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
