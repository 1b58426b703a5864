"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { isDecidable } from "@/server/domain/initiative/status-rules";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, Card } from "../ui/card";
import { cn } from "../ui/cn";
import { formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { codeLaterOnPhone, WaitsForLaterCode } from "../ui/code-later-on-phone";
import { LiveWhenShown } from "../ui/live-when-shown";
import { useLatch } from "../ui/use-latch";
import type { DecisionTarget } from "./decide-dialog";
import { CalibratedToggle, useCalibratedToggle } from "./calibrated-toggle";
import { Pager } from "./pager";
import { SCORECARD_PAGE_SIZE as PAGE_SIZE } from "./rows-page";
import { ScorecardCards } from "./scorecard-cards";
import { ALL_ROWS, ScorecardFilters, type ScorecardFilter } from "./scorecard-filters";
import { COLUMN_COUNT } from "./scorecard-row";
import type { ScorecardModel, ScorecardRow as Row } from "./types";

// A phone shows cards: the table's code comes after the page has loaded, for a screen that widens or prints (decision 056).
const WideTable = codeLaterOnPhone(() => import("./scorecard-wide-table").then((m) => m.ScorecardWideTable));

// Only people who decide need the dialog's form: it loads on the first "Decide" click, not with the page.
const DecideDialog = dynamic(() => import("./decide-dialog").then((m) => m.DecideDialog), { ssr: false });
/** Whether a row passes the filters; the server applies the same ones to its pages (used for the full print). */
export function matchesFilter(row: Row, f: ScorecardFilter): boolean {
  if (f.department && row.department !== f.department) return false;
  if (f.status && row.status !== f.status) return false;
  if (f.tripleOnly && !row.tripleCrown) return false;
  if (f.search.trim() && !row.title.toLowerCase().includes(f.search.trim().toLowerCase())) return false;
  return true;
}

/**
 * The ranked scorecard, a page of 50 at a time from the server (scorecard.rows;
 * filters are applied there too): paging keeps 2,000 initiatives smooth and
 * keeps real table semantics. When printing, `printRows` (every row, loaded on
 * request by the Print button) replaces the page; without them the page on
 * screen prints, with a note.
 */
export function ScorecardTable({
  model,
  departments,
  printing,
  printRows,
  filter,
  onFilter,
}: {
  model: ScorecardModel;
  departments: string[];
  printing: boolean;
  printRows: Row[] | null;
  filter: ScorecardFilter;
  onFilter: (next: ScorecardFilter) => void;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const canDecide = ws.canCall("initiative.decide");
  const [offset, setOffset] = useState(0);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  // The id, not the row: after a reload the dialog names the newest version.
  const [decidingId, setDecidingId] = useState<string | null>(null);

  const search = filter.search.trim();
  const page = useQuery({
    ...trpc.scorecard.rows.queryOptions({
      workspaceId: ws.id,
      limit: PAGE_SIZE,
      offset,
      search: search || undefined,
      department: filter.department || undefined,
      status: filter.status || undefined,
      tripleCrown: filter.tripleOnly || undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const data = page.data;
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const deciding: DecisionTarget | null = decidingId ? (items.find((i) => i.id === decidingId) ?? null) : null;
  const dialogUsed = useLatch(deciding !== null);
  const visible = printing && printRows ? printRows : items;
  const filtered = JSON.stringify(filter) !== JSON.stringify(ALL_ROWS);
  const [calibrated, setCalibrated] = useCalibratedToggle();
  const columns = COLUMN_COUNT + (calibrated ? 1 : 0);

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
          onFilter(next);
          setOffset(0);
        }}
        departments={departments}
      />
      <CalibratedToggle on={calibrated} onChange={setCalibrated} />
      {printing && !printRows && total > items.length ? (
        <p className="hidden px-4 pt-2 text-xs text-slate-700 print:block">
          Rows {formatNumber(offset + 1, 0)}–{formatNumber(offset + items.length, 0)} of {formatNumber(total, 0)}
          {filtered ? " matching the filters" : ""}. Use the Print button on the Overview to print every row.
        </p>
      ) : null}
      {page.error ? (
        <div className="px-4 pt-3">
          <Alert>
            The ranked rows could not be loaded: {readTrpcError(page.error).message}{" "}
            <button type="button" className="font-medium underline" onClick={() => void page.refetch()}>
              Try again
            </button>
          </Alert>
        </div>
      ) : null}
      {/* Below md a card per initiative (Why and Decide in reach); wide screens and paper get the table. */}
      <div
        className={cn("mt-3 transition-opacity md:hidden print:hidden", page.isPlaceholderData && "opacity-60")}
        aria-busy={page.isFetching}
      >
        <LiveWhenShown layout="phone">
          <ScorecardCards
            rows={printing ? [] : items}
            slug={ws.slug}
            model={model}
            onDecide={(row) => (canDecide && isDecidable(row.status) ? () => setDecidingId(row.id) : null)}
            empty={
              data
                ? filtered
                  ? "No initiative matches these filters. Clear the search or choose another department or status."
                  : "No initiatives."
                : page.isPending
                  ? "Loading the ranked initiatives…"
                  : null
            }
          />
        </LiveWhenShown>
      </div>
      <div
        className={cn(
          "relative mt-3 hidden overflow-x-auto transition-opacity md:block print:block",
          page.isPlaceholderData && "opacity-60",
        )}
        aria-busy={page.isFetching}
      >
        {/* A phone hydrates only the cards it shows; the table's server HTML stays until the screen is wide or prints. */}
        <LiveWhenShown layout="wide">
          <WaitsForLaterCode>
            <WideTable
              rows={visible}
              columns={columns}
              calibrated={calibrated}
              printing={printing}
              expanded={expanded}
              onToggle={toggle}
              onDecide={(row) => (canDecide && isDecidable(row.status) ? () => setDecidingId(row.id) : null)}
              model={model}
              empty={
                data && visible.length === 0
                  ? filtered
                    ? "No initiative matches these filters. Clear the search or choose another department or status."
                    : "No initiatives."
                  : null
              }
              loading={!data && page.isPending}
            />
          </WaitsForLaterCode>
        </LiveWhenShown>
      </div>
      {printing ? null : (
        <Pager
          total={total}
          offset={offset}
          pageSize={PAGE_SIZE}
          onOffset={setOffset}
          noun="initiatives"
          jumpLabel={filtered ? undefined : "Go to rank"}
        />
      )}
      {dialogUsed ? <DecideDialog target={deciding} onClose={() => setDecidingId(null)} /> : null}
    </Card>
  );
}
