"use client";

import { formatDateTime } from "../ui/format";
import { Button } from "../ui/button";
import type { SaveState } from "./use-autosave";

/** The visible saved / saving / error state of an autosaving form. */
export function SaveStatus({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const text =
    state.status === "saving"
      ? "Saving…"
      : state.status === "error"
        ? `Not saved: ${state.message}`
        : state.status === "conflict"
          ? "Not saved: changed by someone else"
          : dirty
            ? "Unsaved changes"
            : state.status === "saved"
              ? "All changes saved"
              : "Saved";
  const tone = state.status === "error" || state.status === "conflict" ? "text-red-700" : "text-slate-500";
  return (
    <p role="status" aria-live="polite" className={`text-xs font-medium ${tone}`} data-testid="save-status">
      {text}
    </p>
  );
}

/** "Changed by Ana at 14:02 — reload / keep mine": nothing is overwritten silently. */
export function ConflictPrompt({
  state,
  onReload,
  onOverwrite,
}: {
  state: SaveState;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  if (state.status !== "conflict") return null;
  const { changedBy, changedAt } = state.conflict;
  return (
    <div role="alertdialog" aria-labelledby="conflict-title" className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300">
      <p id="conflict-title" className="text-sm font-semibold text-amber-900">
        Changed by {changedBy}
        {changedAt ? ` at ${formatDateTime(changedAt)}` : ""} while you were editing.
      </p>
      <p className="mt-1 text-sm text-amber-900">
        Reload to see their version (your unsaved text here is replaced), or keep yours and save it over theirs.
      </p>
      <div className="mt-3 flex gap-2">
        <Button variant="secondary" size="sm" onClick={onReload}>
          Reload their version
        </Button>
        <Button size="sm" onClick={onOverwrite}>
          Keep mine
        </Button>
      </div>
    </div>
  );
}
