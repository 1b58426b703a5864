"use client";

import { useMemo, useState } from "react";
import { Card } from "../ui/card";
import { cn } from "../ui/cn";
import { useWorkspace } from "../workspace/workspace-context";
import { DecideDialog, type DecisionTarget } from "./decide-dialog";
import { Pager } from "./pager";
import { ALL_ROWS, ScorecardFilters, type ScorecardFilter } from "./scorecard-filters";
import { COLUMN_COUNT, ScorecardRow } from "./scorecard-row";
import type { ScorecardData, ScorecardRow as Row } from "./types";

const PAGE_SIZE = 50;
const DECIDABLE = new Set(["proposed", "approved", "in_progress"]);
const MD = "hidden md:table-cell print:table-cell";
const LG = "hidden lg:table-cell print:table-cell";

function matches(row: Row, f: ScorecardFilter): boolean {
  if (f.department && row.department !== f.department) return false;
  if (f.status === "open" && (row.status === "done" || row.status === "cancelled")) return false;
  if (f.status && f.status !== "open" && row.status !== f.status) return false;
  if (f.tripleOnly && !row.tripleCrown) return false;
  if (f.search && !row.title.toLowerCase().includes(f.search.trim().toLowerCase())) return false;
  return true;
}

/**
 * The ranked scorecard, a page of 50 at a time (every row when printing):
 * paging keeps 2,000 initiatives smooth and keeps real table semantics.
 */
export function ScorecardTable({ data, printing }: { data: ScorecardData; printing: boolean }) {
  const ws = useWorkspace();
  const canDecide = ws.can("initiative.decide");
  const [filter, setFilter] = useState<ScorecardFilter>(ALL_ROWS);
  const [offset, setOffset] = useState(0);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  // The id, not the row: after a reload the dialog names the newest version.
  const [decidingId, setDecidingId] = useState<string | null>(null);
  const deciding: DecisionTarget | null = decidingId ? (data.initiatives.find((i) => i.id === decidingId) ?? null) : null;

  const sensitivity = useMemo(() => new Map(data.sensitivity.rows.map((r) => [r.id, r])), [data.sensitivity.rows]);
  const departments = useMemo(() => [...new Set(data.initiatives.map((i) => i.department))].sort((a, b) => a.localeCompare(b)), [data.initiatives]);
  const rows = useMemo(() => data.initiatives.filter((r) => matches(r, filter)), [data.initiatives, filter]);
  const visible = printing ? rows : rows.slice(offset, offset + PAGE_SIZE);
  const filtered = JSON.stringify(filter) !== JSON.stringify(ALL_ROWS);

  function toggle(id: string) {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <Card className="print:shadow-none print:ring-0">
      <div className="flex flex-wrap items-baseline justify-between gap-2 px-4 pt-4">
        <h2 id="scorecard-title" className="text-lg font-semibold text-slate-900">
          Ranked scorecard
        </h2>
        <p className="text-xs text-slate-600">Ranked by priority (value score ÷ effort). Open “Why” for the breakdown of any number.</p>
      </div>
      <ScorecardFilters
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setOffset(0);
        }}
        departments={departments}
      />
      <div className="relative mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm" aria-labelledby="scorecard-title">
          <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-right font-medium">Rank</th>
              <th scope="col" className="px-3 py-2 font-medium">Initiative</th>
              <th scope="col" className="px-3 py-2 font-medium" title="Experience, cost and revenue crown scores, −10 to +10">
                Crowns
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Value</th>
              <th scope="col" className={cn(MD, "px-3 py-2 text-right font-medium")}>Priority</th>
              <th scope="col" className={cn(MD, "px-3 py-2 text-right font-medium")}>
                NPV <span className="normal-case tracking-normal">/ payback</span>
              </th>
              <th scope="col" className={cn(LG, "px-3 py-2 font-medium")}>Confidence</th>
              <th scope="col" className={cn(MD, "px-3 py-2 font-medium")}>Robustness</th>
              <th scope="col" className={cn(MD, "px-3 py-2 font-medium")}>Flags</th>
              <th scope="col" className="no-print px-3 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {visible.map((row) => (
              <ScorecardRow
                key={row.id}
                row={row}
                slug={ws.slug}
                currency={ws.currency}
                model={data.model}
                sensitivity={sensitivity.get(row.id)}
                expanded={expanded.has(row.id)}
                onToggle={() => toggle(row.id)}
                onDecide={canDecide && DECIDABLE.has(row.status) ? () => setDecidingId(row.id) : null}
                printing={printing}
              />
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMN_COUNT} className="px-4 py-8 text-center text-sm text-slate-600">
                  {filtered ? "No initiative matches these filters. Clear the search or choose another department or status." : "No initiatives."}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {printing ? null : (
        <Pager total={rows.length} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} noun="initiatives" jumpLabel={filtered ? undefined : "Go to rank"} />
      )}
      <DecideDialog target={deciding} onClose={() => setDecidingId(null)} />
    </Card>
  );
}
