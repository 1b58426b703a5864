"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useState } from "react";
import type { InitiativeDetail } from "../trpc/types";
import { useTRPC } from "../trpc/client";
import { Alert, Badge, Card } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { STATUS_LABELS, STATUS_TONES } from "./labels";

type Link_ = InitiativeDetail["dependsOn"][number];

/** Prerequisites: initiatives that must be done first. A cycle is refused by the API, and its message shown. */
export function DependenciesPicker({
  initiativeId,
  dependsOn,
  dependents,
  onChange,
  readOnly,
  error,
  saving,
}: {
  initiativeId: string;
  dependsOn: Link_[];
  dependents: Link_[];
  onChange: (next: Link_[]) => void;
  readOnly: boolean;
  error: string | null;
  saving: boolean;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [search, setSearch] = useState("");
  const q = search.trim();
  const results = useQuery({
    ...trpc.initiative.list.queryOptions({ workspaceId: ws.id, search: q, limit: 8 }),
    enabled: !readOnly && q.length > 0,
    placeholderData: keepPreviousData,
  });
  const chosen = new Set(dependsOn.map((d) => d.id));
  const options = (results.data?.items ?? []).filter((i) => i.id !== initiativeId && !chosen.has(i.id));
  const link = (i: Link_) => (
    <Link href={`/w/${ws.slug}/initiatives/${i.id}`} className="text-brand-700 hover:underline">
      {i.title}
    </Link>
  );

  return (
    <Card className="space-y-3 p-4">
      <div className="flex items-baseline justify-between gap-2">
        <div>
          <h2 className="font-semibold text-slate-900">Depends on</h2>
          <p className="text-sm text-slate-600">Initiatives that must be delivered first. The roadmap plans them before this one.</p>
        </div>
        <p className="text-xs text-slate-500" role="status" aria-live="polite">
          {saving ? "Saving…" : ""}
        </p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {dependsOn.length === 0 ? (
        <p className="text-sm text-slate-600">No prerequisites.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {dependsOn.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-1.5">
              <span className="min-w-0">
                {link(d)} <Badge tone={STATUS_TONES[d.status]}>{STATUS_LABELS[d.status]}</Badge>
              </span>
              {!readOnly ? (
                <button
                  type="button"
                  className="rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-200 hover:text-slate-900"
                  onClick={() => onChange(dependsOn.filter((x) => x.id !== d.id))}
                  aria-label={`Remove prerequisite ${d.title}`}
                >
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {!readOnly ? (
        <div className="space-y-1">
          <label htmlFor="dependency-search" className="block text-xs font-medium text-slate-700">
            Add a prerequisite
          </label>
          <input
            id="dependency-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Search initiatives by title"
            aria-controls="dependency-results"
            className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
          />
          <ul id="dependency-results" aria-label="Matching initiatives" className="space-y-1">
            {q && results.data && options.length === 0 ? (
              <li className="px-1 text-sm text-slate-600">No other initiative matches “{q}”.</li>
            ) : null}
            {q
              ? options.map((i) => (
                  <li key={i.id}>
                    <button
                      type="button"
                      onClick={() => {
                        onChange([...dependsOn, { id: i.id, title: i.title, status: i.status }]);
                        setSearch("");
                      }}
                      className="w-full rounded-md px-3 py-1.5 text-left text-sm ring-1 ring-inset ring-slate-200 hover:bg-brand-50 hover:ring-brand-500"
                    >
                      <span className="sr-only">Add prerequisite: </span>
                      {i.title} <span className="text-xs text-slate-500">{STATUS_LABELS[i.status]}</span>
                    </button>
                  </li>
                ))
              : null}
          </ul>
        </div>
      ) : null}
      {dependents.length ? (
        <p className="text-sm text-slate-600">
          Needed first by:{" "}
          {dependents.map((d, i) => (
            <span key={d.id}>
              {i ? ", " : ""}
              {link(d)}
            </span>
          ))}
        </p>
      ) : null}
    </Card>
  );
}
