"use client";

import dynamic from "next/dynamic";
import { Link } from "@/app/_components/ui/link";
import { confidenceLabel, STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { Button } from "../ui/button";
import { Badge, Skeleton } from "../ui/card";
import { cn } from "../ui/cn";
import { formatNumber, formatSigned, formatYears } from "../ui/format";
import { CalibratedCell } from "./calibrated-cell";
import { CrownBars } from "./crown-bars";
import { FlagBadges } from "./flag-badges";
import { RobustnessBadge } from "./robustness-badge";
import type { ScorecardModel, ScorecardRow as Row } from "./types";
import { formatMoneyShort } from "../charts/format-short";

// The breakdown (with its comments) opens on "Why": its code loads on the first click, not with the scorecard.
const BreakdownPanel = dynamic(() => import("./breakdown-panel").then((m) => m.BreakdownPanel), {
  loading: () => (
    <div className="p-4" aria-busy="true">
      <Skeleton className="h-40" />
    </div>
  ),
});

export const COLUMN_COUNT = 10;
/** Columns an executive can do without on a phone; on paper every column shows. */
export const MD = "hidden md:table-cell print:table-cell";
export const LG = "hidden lg:table-cell print:table-cell";
/** Every header and cell of the table: narrow side padding below 2xl, so the table fits a 1280 px laptop screen. */
export const CELL = "px-2 py-2 2xl:px-3";

export function ScorecardRow({
  row,
  slug,
  currency,
  model,
  expanded,
  onToggle,
  onDecide,
  printing,
  calibrated = false,
}: {
  row: Row;
  slug: string;
  currency: string;
  model: ScorecardModel;
  expanded: boolean;
  onToggle: () => void;
  onDecide: (() => void) | null;
  printing: boolean;
  /** Show the calibrated value beside the estimated one (one column more). */
  calibrated?: boolean;
}) {
  const panelId = `breakdown-${row.id}`;
  return (
    <>
      <tr
        className={cn("align-top print:break-inside-avoid", expanded ? "bg-brand-50/40" : "hover:bg-slate-50")}
        data-testid="scorecard-row"
        data-rank={row.rank}
      >
        <td className={cn(CELL, "text-right font-semibold tabular-nums text-slate-900")}>{row.rank}</td>
        <td className={cn(CELL, "min-w-40 max-w-80 md:min-w-48 2xl:min-w-56")}>
          <Link href={`/w/${slug}/initiatives/${row.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
            {row.title}
          </Link>
          <span className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
            <Badge tone={STATUS_TONES[row.status]}>{STATUS_LABELS[row.status]}</Badge>
            {row.department ? <span>{row.department}</span> : null}
          </span>
        </td>
        <td className={CELL}>
          <CrownBars scores={row.scores} tripleCrown={row.tripleCrown} threshold={model.crownThreshold} />
        </td>
        <td className={cn(CELL, "text-right font-semibold tabular-nums", row.valueScore < 0 ? "text-red-700" : "text-slate-900")}>
          {formatSigned(row.valueScore, 1)}
        </td>
        {calibrated ? <CalibratedCell row={row} className={CELL} /> : null}
        <td className={cn(MD, CELL, "text-right tabular-nums text-slate-800")}>{formatNumber(row.priority, 2)}</td>
        <td className={cn(MD, CELL, "whitespace-nowrap text-right tabular-nums")}>
          <span className={row.npv < 0 ? "text-red-700" : "text-slate-800"}>{formatMoneyShort(row.npv, currency)}</span>
          <span className="block whitespace-normal text-[11px] text-slate-600">
            {row.paybackYears === null ? "never pays back" : `payback ${formatYears(row.paybackYears)}`}
          </span>
        </td>
        <td className={cn(LG, CELL, "text-slate-800")}>{confidenceLabel(row.confidence)}</td>
        <td className={cn(MD, CELL)}>
          <RobustnessBadge row={row.sensitivity} />
        </td>
        <td className={cn(MD, CELL)}>
          <FlagBadges flags={row.flags} />
        </td>
        <td className={cn(CELL, "no-print")}>
          <div className="flex flex-col items-end gap-1 2xl:flex-row 2xl:items-center 2xl:justify-end">
            <Button
              size="sm"
              variant="ghost"
              aria-expanded={expanded}
              aria-controls={expanded ? panelId : undefined}
              onClick={onToggle}
              className="whitespace-nowrap"
            >
              <span aria-hidden>{expanded ? "▾" : "▸"}</span> Why<span className="sr-only"> this score: {row.title}</span>
            </Button>
            {onDecide ? (
              <Button size="sm" variant="secondary" onClick={onDecide}>
                Decide<span className="sr-only"> on {row.title}</span>
              </Button>
            ) : null}
          </div>
        </td>
      </tr>
      {expanded ? (
        <tr id={panelId} className="bg-slate-50/60">
          <td colSpan={COLUMN_COUNT + (calibrated ? 1 : 0)} className="border-b border-slate-200">
            <BreakdownPanel row={row} model={model} printing={printing} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
