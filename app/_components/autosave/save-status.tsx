"use client";

import { useState } from "react";
import { formatDateTime } from "../ui/format";
import { Button } from "../ui/button";
import type { Clash, Fields, Pick, SaveState } from "./use-autosave";

type Value = Fields[string];

/** The visible saved / saving / error state of an autosaving form. */
export function SaveStatus({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const text =
    state.status === "saving"
      ? "Saving…"
      : state.status === "error"
        ? `Not saved: ${state.message}`
        : state.status === "conflict"
          ? "Not saved: someone else changed the same field"
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

const shown = (value: Value, display?: (field: string, value: Value) => string, field = "") => {
  const text = display ? display(field, value) : value === null || value === undefined ? "" : String(value);
  return text === "" ? "(empty)" : text;
};

/**
 * The fields someone else changed while the person changed them too, side by
 * side (theirs, mine), with a pick per field. Nothing is saved over their
 * value until the person has chosen, field by field.
 */
export function ConflictChoices({
  clashes,
  onResolve,
  display,
}: {
  clashes: Clash[];
  onResolve: (picks: Record<string, Pick>) => void;
  display?: (field: string, value: Value) => string;
}) {
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  const who = [...new Set(clashes.map((c) => c.changedBy))].join(" and ");
  const complete = clashes.every((c) => picks[c.field]);
  return (
    <div
      role="alertdialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-help"
      className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300"
      data-testid="conflict-choices"
    >
      <p id="conflict-title" className="text-sm font-semibold text-amber-900">
        {who} changed {clashes.length === 1 ? "a field" : "fields"} you were editing.
      </p>
      <p id="conflict-help" className="mt-1 text-sm text-amber-900">
        Choose which value to keep for each one. Their other changes are already in the form; your other edits are kept.
      </p>
      <ul className="mt-3 space-y-3">
        {clashes.map((c) => (
          <li key={c.field}>
            <fieldset className="rounded-md bg-white p-3 ring-1 ring-amber-200">
              <legend className="px-1 text-sm font-semibold text-slate-900">{c.label}</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                <label className="flex cursor-pointer items-start gap-2 rounded-md p-2 ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600">
                  <input
                    type="radio"
                    name={`pick-${c.field}`}
                    value="theirs"
                    checked={picks[c.field] === "theirs"}
                    onChange={() => setPicks((p) => ({ ...p, [c.field]: "theirs" }))}
                    className="mt-1"
                  />
                  <span className="min-w-0 text-sm">
                    <span className="block font-medium text-slate-900">
                      Theirs ({c.changedBy}
                      {c.changedAt ? `, ${formatDateTime(c.changedAt)}` : ""})
                    </span>
                    <span className="block whitespace-pre-wrap break-words text-slate-700" data-testid={`theirs-${c.field}`}>
                      {shown(c.theirs, display, c.field)}
                    </span>
                  </span>
                </label>
                <label className="flex cursor-pointer items-start gap-2 rounded-md p-2 ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600">
                  <input
                    type="radio"
                    name={`pick-${c.field}`}
                    value="mine"
                    checked={picks[c.field] === "mine"}
                    onChange={() => setPicks((p) => ({ ...p, [c.field]: "mine" }))}
                    className="mt-1"
                  />
                  <span className="min-w-0 text-sm">
                    <span className="block font-medium text-slate-900">Mine</span>
                    <span className="block whitespace-pre-wrap break-words text-slate-700" data-testid={`mine-${c.field}`}>
                      {shown(c.mine, display, c.field)}
                    </span>
                  </span>
                </label>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex items-center gap-3">
        <Button size="sm" disabled={!complete} onClick={() => onResolve(picks)}>
          Save my choices
        </Button>
        {!complete ? <p className="text-xs text-amber-900">Pick theirs or mine for each field.</p> : null}
      </div>
    </div>
  );
}
