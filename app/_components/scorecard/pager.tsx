"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "../ui/button";
import { formatNumber } from "../ui/format";

/**
 * Pages through a long list, with a jump to any position ("go to rank"), so
 * every row of a 2,000-initiative portfolio is two clicks away.
 */
export function Pager({
  total,
  offset,
  pageSize,
  onOffset,
  noun,
  jumpLabel,
}: {
  total: number;
  offset: number;
  pageSize: number;
  onOffset: (offset: number) => void;
  noun: string;
  /** e.g. "Go to rank": a 1-based position in the list; the page then starts there. */
  jumpLabel?: string;
}) {
  const id = useId();
  const [jump, setJump] = useState("");
  if (total <= pageSize) return null;
  const page = Math.floor(offset / pageSize) + 1;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const last = (pages - 1) * pageSize;

  function go(e: FormEvent) {
    e.preventDefault();
    const n = Number(jump);
    if (!Number.isInteger(n) || n < 1) return;
    // The page starts at that position, so the row asked for is the first one.
    onOffset(Math.min(n, total) - 1);
  }

  return (
    <nav aria-label={`Pages of ${noun}`} className="no-print flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
      <p className="text-slate-700" aria-live="polite">
        {total === 0
          ? `No ${noun}`
          : `${formatNumber(offset + 1, 0)}–${formatNumber(Math.min(total, offset + pageSize), 0)} of ${formatNumber(total, 0)} ${noun} · page ${page} of ${pages}`}
      </p>
      <div className="flex flex-wrap items-center gap-1">
        <Button size="sm" variant="secondary" disabled={offset === 0} onClick={() => onOffset(0)}>
          First
        </Button>
        <Button size="sm" variant="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
          Previous
        </Button>
        <Button size="sm" variant="secondary" disabled={offset >= last} onClick={() => onOffset(Math.min(last, offset + pageSize))}>
          Next
        </Button>
        <Button size="sm" variant="secondary" disabled={offset >= last} onClick={() => onOffset(last)}>
          Last
        </Button>
        {jumpLabel ? (
          <form onSubmit={go} className="ml-2 flex items-center gap-1">
            <label htmlFor={id} className="text-slate-700">
              {jumpLabel}
            </label>
            <input
              id={id}
              type="number"
              min={1}
              max={total}
              inputMode="numeric"
              value={jump}
              onChange={(e) => setJump(e.target.value)}
              className="h-8 w-20 rounded-md border-0 px-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
            />
            <Button size="sm" variant="secondary" type="submit">
              Go
            </Button>
          </form>
        ) : null}
      </div>
    </nav>
  );
}
