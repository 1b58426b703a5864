"use client";

import { InfoTip } from "../guide/info-tip";
import { cn } from "../ui/cn";
import { useWorkspace } from "../workspace/workspace-context";
import { CELL, LG, MD, ScorecardRow } from "./scorecard-row";
import type { ScorecardModel, ScorecardRow as Row } from "./types";

/**
 * The ranked scorecard as a table: what wide screens and paper show (a phone shows cards). Its own module so that a
 * phone, whose first screen never shows it, loads its code after the page (decision 056). The page of rows, the
 * filters and the pager belong to ScorecardTable.
 */
export function ScorecardWideTable({
  rows,
  columns,
  calibrated,
  printing,
  expanded,
  onToggle,
  onDecide,
  model,
  empty,
  loading,
}: {
  rows: Row[];
  columns: number;
  calibrated: boolean;
  printing: boolean;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** What Decide does for a row, or null where the viewer cannot decide it. */
  onDecide: (row: Row) => (() => void) | null;
  model: ScorecardModel;
  /** Said in place of the rows when there are none. */
  empty: string | null;
  loading: boolean;
}) {
  const ws = useWorkspace();
  return (
    <table className="w-full text-left text-sm" aria-labelledby="scorecard-title">
      <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className={cn(CELL, "text-right font-medium")}>
            Rank
          </th>
          <th scope="col" className={cn(CELL, "font-medium")}>
            Initiative
          </th>
          <th scope="col" className={cn(CELL, "font-medium")} title="Experience, cost and revenue crown scores, −10 to +10">
            Crowns <InfoTip entry="crowns" figure="a crown" />
          </th>
          <th scope="col" className={cn(CELL, "text-right font-medium")}>
            Value <InfoTip entry="value" figure="value score" />
          </th>
          {calibrated ? (
            <th scope="col" className={cn(CELL, "text-right font-medium")}>
              Calibrated <InfoTip entry="calibrated-value" figure="the calibrated value" />
            </th>
          ) : null}
          <th scope="col" className={cn(MD, CELL, "text-right font-medium")}>
            Priority <InfoTip entry="priority" figure="priority" />
          </th>
          <th scope="col" className={cn(MD, CELL, "text-right font-medium")}>
            NPV <InfoTip entry="npv" figure="NPV" /> <span className="normal-case tracking-normal">/ payback</span>{" "}
            <InfoTip entry="payback" figure="payback" />
          </th>
          <th scope="col" className={cn(LG, CELL, "font-medium")}>
            Confidence
          </th>
          <th scope="col" className={cn(MD, CELL, "font-medium")}>
            Robustness <InfoTip entry="robustness" figure="robustness" />
          </th>
          <th scope="col" className={cn(MD, CELL, "font-medium")}>
            Flags
          </th>
          <th scope="col" className={cn(CELL, "no-print font-medium")}>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <ScorecardRow
            key={row.id}
            row={row}
            slug={ws.slug}
            currency={ws.currency}
            model={model}
            expanded={expanded.has(row.id)}
            onToggle={() => onToggle(row.id)}
            onDecide={onDecide(row)}
            printing={printing}
            calibrated={calibrated}
          />
        ))}
        {empty ? (
          <tr>
            <td colSpan={columns} className="px-4 py-8 text-center text-sm text-slate-600">
              {empty}
            </td>
          </tr>
        ) : null}
        {loading ? (
          <tr>
            <td colSpan={columns} className="px-4 py-8 text-center text-sm text-slate-600" aria-live="polite">
              Loading the ranked initiatives…
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
