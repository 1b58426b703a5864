"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "../trpc/client";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { Badge } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import type { Picked } from "./draft";

/** Open work: what a plan places. Done and cancelled initiatives are not planned, so forcing them means nothing. */
const OPEN_STATUSES = ["proposed", "approved", "in_progress"] as const;
const RESULTS = 8;

/**
 * A list of initiatives a scenario forces in (or out): the chosen ones with a
 * Remove each, and a search over the workspace's open initiatives. Enter in
 * the search adds the first match; every result is a button (Tab, Enter).
 * `taken` are the initiatives of the other list: one initiative cannot be in both.
 */
export function ForcedPicker({
  label,
  hint,
  chosen,
  taken,
  onChange,
  error,
}: {
  label: string;
  hint: string;
  chosen: Picked[];
  taken: Picked[];
  onChange: (next: Picked[]) => void;
  error?: string;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const id = useId();
  const [search, setSearch] = useState("");
  const q = search.trim();
  const results = useQuery({
    ...trpc.initiative.list.queryOptions({ workspaceId: ws.id, search: q, status: [...OPEN_STATUSES], limit: RESULTS + 10 }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const used = new Set([...chosen, ...taken].map((i) => i.id));
  const options = (results.data?.items ?? []).filter((i) => !used.has(i.id)).slice(0, RESULTS);
  const add = (i: Picked) => {
    onChange([...chosen, { id: i.id, title: i.title, status: i.status }].sort((a, b) => a.title.localeCompare(b.title)));
    setSearch("");
  };
  const errorId = `${id}-error`;

  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <p className="text-xs text-slate-500">{hint}</p>
      {chosen.length === 0 ? (
        <p className="text-sm text-slate-600">None.</p>
      ) : (
        <ul className="max-h-48 space-y-1 overflow-y-auto text-sm" aria-label={label}>
          {chosen.map((i) => (
            <li key={i.id} className="flex items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-1.5">
              <span className="min-w-0 truncate">
                {i.title} <Badge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</Badge>
              </span>
              <button
                type="button"
                className="rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-200 hover:text-slate-900"
                onClick={() => onChange(chosen.filter((x) => x.id !== i.id))}
                aria-label={`Remove ${i.title} from ${label.toLowerCase()}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={`${id}-search`} className="block text-xs font-medium text-slate-700">
          Add to {label.toLowerCase()}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              // Enter picks the first match instead of submitting the whole editor.
              e.preventDefault();
              if (options[0]) add(options[0]);
            }
          }}
          placeholder="Search open initiatives by title"
          aria-controls={`${id}-results`}
          autoComplete="off"
          className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
        />
        <ul
          id={`${id}-results`}
          aria-label={`Open initiatives matching the search, to add to ${label.toLowerCase()}`}
          className="space-y-1"
        >
          {q && results.data && options.length === 0 ? (
            <li className="px-1 text-sm text-slate-600">No other open initiative matches “{q}”.</li>
          ) : null}
          {q
            ? options.map((i) => (
                <li key={i.id}>
                  <button
                    type="button"
                    onClick={() => add(i)}
                    className="w-full rounded-md px-3 py-1.5 text-left text-sm ring-1 ring-inset ring-slate-200 hover:bg-brand-50 hover:ring-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-600"
                  >
                    <span className="sr-only">Add to {label.toLowerCase()}: </span>
                    {i.title} <span className="text-xs text-slate-500">{STATUS_LABELS[i.status]}</span>
                  </button>
                </li>
              ))
            : null}
        </ul>
      </div>
    </fieldset>
  );
}
