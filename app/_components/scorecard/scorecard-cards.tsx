"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Link } from "@/app/_components/ui/link";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import { Button } from "../ui/button";
import { Badge, Skeleton } from "../ui/card";
import { cn } from "../ui/cn";
import { LiveWhenShown } from "../ui/live-when-shown";
import { useScreenHint } from "../screen/screen-hint";
import { SectionPlaceholder } from "../ui/section-placeholder";
import { formatNumber, formatSigned } from "../ui/format";
import { CrownBars } from "./crown-bars";
import type { ScorecardModel, ScorecardRow as Row } from "./types";

const BreakdownPanel = dynamic(() => import("./breakdown-panel").then((m) => m.BreakdownPanel), {
  loading: () => (
    <div className="p-4" aria-busy="true">
      <Skeleton className="h-40" />
    </div>
  ),
});

/**
 * Cards rendered in full from the start; the rest of the page's cards start as a placeholder (their heading and the
 * room of their crown and buttons) and are filled in when they reach the screen. On a phone the headline figures and
 * filters fill the first screen, so these few are the most that can be on it as the page loads; the other cards'
 * crowns and buttons were two thirds of the page's elements, which a phone styles and lays out before it can respond.
 * When the request said it came from a phone (decision 054), none is: its first card starts below the first screen.
 */
const FULL_CARDS = 3;
/** A placeholder card's height at a phone's width, its divider included (the demo's twenty take 3,645 px). */
const PLACEHOLDER_CARD_HEIGHT = 182;

/** Rank, title (the link to the initiative), status and department: the same in a card and its placeholder. */
function CardHeading({ row, slug }: { row: Row; slug: string }) {
  return (
    <div className="flex items-start gap-3">
      <span className="min-w-7 text-right text-lg font-semibold tabular-nums text-slate-900">
        <span className="sr-only">Rank </span>
        {row.rank}
      </span>
      <div className="min-w-0 flex-1">
        <Link
          href={`/w/${slug}/initiatives/${row.id}`}
          className="break-words font-medium text-slate-900 hover:text-brand-700 hover:underline"
        >
          {row.title}
        </Link>
        <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
          <Badge tone={STATUS_TONES[row.status]}>{STATUS_LABELS[row.status]}</Badge>
          {row.department ? <span>{row.department}</span> : null}
        </span>
      </div>
    </div>
  );
}

/**
 * A card before it reaches the screen: its heading, and the height of its crown row (the taller of the crown's three
 * 10 px lines with their gaps and the value's two lines, 36 px) and of its buttons (44 px), each after an 8 px gap,
 * so nothing moves when the card is filled in.
 */
function CardPlaceholder({ row, slug }: { row: Row; slug: string }) {
  return (
    <>
      <CardHeading row={row} slug={slug} />
      <div className="h-24" aria-hidden />
    </>
  );
}

/**
 * The ranked scorecard below the `md` width: one card per initiative with its
 * rank, title, crowns and value, and Why and Decide as full-size buttons, where
 * the table would put them off screen to the right. The same rows, order and
 * actions as the table (which wide screens and paper show instead).
 */
export function ScorecardCards({
  rows,
  slug,
  model,
  onDecide,
  empty,
}: {
  rows: Row[];
  slug: string;
  model: ScorecardModel;
  /** The Decide action for a row, or null when the caller cannot decide on it. */
  onDecide: (row: Row) => (() => void) | null;
  /** What to say instead of the list when there are no rows (null while loading the first page). */
  empty: string | null;
}) {
  const fullCards = useScreenHint() === "phone" ? 0 : FULL_CARDS;
  // Its own open breakdowns: opening one here must not also mount it in the hidden table.
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  function toggle(id: string) {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }
  if (rows.length === 0) {
    return empty ? <p className="px-4 py-8 text-center text-sm text-slate-600">{empty}</p> : null;
  }
  const list = (
    <ol className="divide-y divide-slate-100 border-y border-slate-200" aria-label="Ranked initiatives">
      {rows.map((row, index) => {
        const open = expanded.has(row.id);
        const panelId = `card-breakdown-${row.id}`;
        const decide = onDecide(row);
        return (
          <LiveWhenShown
            key={row.id}
            as="li"
            nearViewport
            data={{ testid: "scorecard-card", rank: row.rank ?? "" }}
            className={cn("px-4 py-3", open && "bg-brand-50/40")}
            placeholder={index < fullCards ? undefined : <CardPlaceholder row={row} slug={slug} />}
          >
            <CardHeading row={row} slug={slug} />
            <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 pl-10">
              <CrownBars scores={row.scores} tripleCrown={row.tripleCrown} threshold={model.crownThreshold} />
              <dl className="flex gap-4 text-sm">
                <div>
                  <dt className="text-xs text-slate-600">Value</dt>
                  <dd className={cn("font-semibold tabular-nums", row.valueScore < 0 ? "text-red-700" : "text-slate-900")}>
                    {formatSigned(row.valueScore, 1)}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-600">Priority</dt>
                  <dd className="tabular-nums text-slate-800">{formatNumber(row.priority, 2)}</dd>
                </div>
              </dl>
            </div>
            <div className="mt-2 flex gap-2 pl-10">
              <Button
                variant="ghost"
                aria-expanded={open}
                aria-controls={open ? panelId : undefined}
                onClick={() => toggle(row.id)}
                className="h-11 ring-1 ring-inset ring-slate-200"
              >
                <span aria-hidden>{open ? "▾" : "▸"}</span> Why<span className="sr-only"> this score: {row.title}</span>
              </Button>
              {decide ? (
                <Button variant="secondary" onClick={decide} className="h-11">
                  Decide<span className="sr-only"> on {row.title}</span>
                </Button>
              ) : null}
            </div>
            {open ? (
              <div id={panelId} className="-mx-4 mt-3 border-t border-slate-200 bg-slate-50/60">
                <BreakdownPanel row={row} model={model} printing={false} />
              </div>
            ) : null}
          </LiveWhenShown>
        );
      })}
    </ol>
  );
  // On a phone the list starts below the first screen (after the headline figures and the filters): it starts as the
  // room its placeholder cards take, and they are drawn as it reaches the screen (decision 055).
  return fullCards === 0 ? (
    <LiveWhenShown nearViewport placeholder={<SectionPlaceholder height={rows.length * PLACEHOLDER_CARD_HEIGHT} />}>
      {list}
    </LiveWhenShown>
  ) : (
    list
  );
}
