"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useState } from "react";
import type { EffectLink } from "@/server/scoring";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, Badge, Card, Skeleton } from "../ui/card";
import { cn } from "../ui/cn";
import { useWorkspace } from "../workspace/workspace-context";
import { EFFECT_OPTIONS } from "./labels";

/**
 * Which moments of truth the initiative changes, and how much (−3..+3),
 * chosen from every moment of the workspace grouped by category and canvas.
 */
export function EffectsPicker({
  effects,
  onChange,
  readOnly,
  error,
  saving,
}: {
  effects: EffectLink[];
  onChange: (momentId: string, effect: number) => void;
  readOnly: boolean;
  error: string | null;
  saving: boolean;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const grouped = useQuery(trpc.moment.listGrouped.queryOptions({ workspaceId: ws.id }));
  const [query, setQuery] = useState("");
  const [showAllChoice, setShowAll] = useState<boolean | null>(null);
  // Rows changed in this visit stay in view, so setting one back to "no effect" does not pull it from under the keyboard.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const byMoment = new Map(effects.map((e) => [e.momentId, e.effect]));
  const total = grouped.data?.groups.reduce((n, g) => n + g.canvases.reduce((k, c) => k + c.moments.length, 0), 0) ?? 0;
  const showAll = showAllChoice ?? total <= 40;
  const q = query.trim().toLowerCase();
  const matches = (name: string) => q === "" || name.toLowerCase().includes(q);
  const visible = (name: string, id: string) =>
    readOnly ? byMoment.has(id) : showAll ? matches(name) : byMoment.has(id) || touched.has(id) || (q !== "" && matches(name));
  const groups = (grouped.data?.groups ?? [])
    .map((g) => ({
      ...g,
      canvases: g.canvases.map((c) => ({ ...c, moments: c.moments.filter((m) => visible(m.name, m.id)) })).filter((c) => c.moments.length),
    }))
    .filter((g) => g.canvases.length);

  return (
    <Card className="space-y-3 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 className="font-semibold text-slate-900">Moments of truth it changes</h2>
          <p className="text-sm text-slate-600">
            The experience crown comes from here: how much it improves (+) or harms (−) each moment. Hot spots count most.
          </p>
        </div>
        <p className="text-xs text-slate-500" role="status" aria-live="polite">
          {saving ? "Saving links…" : `${effects.length} linked`}
        </p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {grouped.error ? <Alert>{readTrpcError(grouped.error).message}</Alert> : null}
      {grouped.isPending ? <Skeleton className="h-24" /> : null}
      {grouped.data && total === 0 ? (
        <p className="text-sm text-slate-600">
          This workspace has no moments of truth yet.{" "}
          <Link href={`/w/${ws.slug}/canvases`} className="font-medium text-brand-700 hover:underline">
            Add them on a canvas
          </Link>{" "}
          first; then link the initiative to the ones it changes.
        </p>
      ) : null}
      {!readOnly && total > 0 ? (
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor="moment-search" className="block text-xs font-medium text-slate-700">
              Find a moment
            </label>
            <input
              id="moment-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Type part of its name"
              className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
            />
          </div>
          <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} className="size-4" />
            Show all {total} moments
          </label>
        </div>
      ) : null}
      {groups.length === 0 && total > 0 ? (
        <p className="text-sm text-slate-600">
          {readOnly
            ? "Not linked to any moment of truth."
            : "No moment linked yet. Search for one, or show all moments, and choose its effect."}
        </p>
      ) : null}
      <div className="space-y-4">
        {groups.map((g) => (
          <div key={g.categoryId}>
            <h3 className="text-sm font-semibold text-slate-900">{g.categoryName}</h3>
            {g.canvases.map((c) => (
              <div key={c.canvasId} className="mt-1">
                {c.canvasTitle !== g.categoryName || g.canvases.length > 1 ? (
                  <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{c.canvasTitle}</p>
                ) : null}
                <ul className="mt-1 divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
                  {c.moments.map((m) => {
                    const effect = byMoment.get(m.id) ?? 0;
                    const label = EFFECT_OPTIONS.find((o) => o.value === effect)?.label ?? String(effect);
                    return (
                      <li
                        key={m.id}
                        className={cn(
                          "flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2 sm:flex-nowrap",
                          effect !== 0 && "bg-brand-50/50",
                        )}
                      >
                        <span className="min-w-0 basis-full text-sm text-slate-900 sm:basis-auto sm:flex-1">
                          {m.name} {m.isHotSpot ? <Badge tone="red">Hot spot</Badge> : null}{" "}
                          <span className="text-xs text-slate-600">
                            importance {m.importance}, performance {m.performance}
                          </span>
                        </span>
                        {readOnly ? (
                          <span className={cn("text-sm font-medium", effect > 0 ? "text-emerald-700" : "text-red-700")}>{label}</span>
                        ) : (
                          <select
                            aria-label={`Effect on ${m.name}`}
                            value={effect}
                            onChange={(e) => {
                              setTouched((t) => new Set(t).add(m.id));
                              onChange(m.id, Number(e.target.value));
                            }}
                            className={cn(
                              "rounded-md border-0 py-1 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600",
                              effect > 0 && "font-medium text-emerald-800",
                              effect < 0 && "font-medium text-red-800",
                            )}
                          >
                            {EFFECT_OPTIONS.map((o) => (
                              <option key={o.value} value={o.value}>
                                {o.label}
                              </option>
                            ))}
                          </select>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        ))}
      </div>
    </Card>
  );
}
