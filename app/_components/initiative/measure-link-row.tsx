"use client";

import type { MeasureOutcome } from "@/server/domain/initiative/measure-outcomes";
import { Badge } from "../ui/card";
import { formatDate, formatNumber } from "../ui/format";
import { expectationText, expectedDatePassed, OUTPUT_FLAG, readingText, signedWithUnit, VERDICT_WORDS } from "./measure-link-words";

/**
 * One measure the initiative should move: for open work what it expects,
 * for done work the verdict in words (colour is never the only cue) with the
 * values before and after the finish period that it rests on.
 */
export function MeasureLinkRow({
  link: l,
  canvasTitle,
  today,
  onRemove,
}: {
  link: MeasureOutcome;
  canvasTitle: string | null;
  /** YYYY-MM-DD, to say whether the expected date has passed. */
  today: string;
  onRemove: (() => void) | null;
}) {
  const r = l.result;
  const words = r ? VERDICT_WORDS[r.verdict] : null;
  return (
    <li className="rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="measure-link">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">
            {l.measureName}
            {canvasTitle ? <span className="font-normal text-slate-500"> · {canvasTitle}</span> : null}
          </p>
          <p className="text-slate-700">{expectationText(l)}</p>
        </div>
        <div className="flex items-center gap-2">
          {words ? (
            <Badge tone={words.tone}>
              <span aria-hidden>{words.symbol}&nbsp;</span>
              {words.label}
            </Badge>
          ) : null}
          {onRemove ? (
            <button
              type="button"
              className="rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-200 hover:text-slate-900"
              onClick={onRemove}
              aria-label={`Remove ${l.measureName}`}
            >
              Remove
            </button>
          ) : null}
        </div>
      </div>
      {l.kind === "output" ? (
        <p className="mt-1 text-xs font-medium text-amber-800">
          <span aria-hidden>⚠ </span>
          {OUTPUT_FLAG}.
        </p>
      ) : null}
      {r ? <Reading link={l} result={r} today={today} /> : null}
    </li>
  );
}

function Reading({ link: l, result: r, today }: { link: MeasureOutcome; result: NonNullable<MeasureOutcome["result"]>; today: string }) {
  const finish = l.finishPeriod;
  if (!finish) {
    return (
      <p className="mt-1 text-xs text-slate-600">
        Its finish period is not among the plan&apos;s periods, so there is no date to read the measure before and after.
      </p>
    );
  }
  return (
    <div className="mt-1 space-y-0.5 text-xs text-slate-600">
      <p>
        Finished in {finish.label} ({formatDate(finish.startDate)} – {formatDate(finish.lastDay)}).{" "}
        {r.before ? `Before: ${readingText(r.before, l.unit, formatDate)}.` : "No value before it."}{" "}
        {r.after ? `After: ${readingText(r.after, l.unit, formatDate)}.` : "No value after it yet."}
      </p>
      {r.observed !== null ? (
        <p>
          Expected {signedWithUnit(l.expectedChange, l.unit)}, observed {signedWithUnit(r.observed, l.unit)}
          {r.achieved !== null ? ` (${formatNumber(r.achieved * 100, 0)}% of the expected change)` : ""}.
        </p>
      ) : (
        <p>
          To read it, record a value dated before {formatDate(finish.startDate)} (or set a baseline) and one after{" "}
          {formatDate(finish.lastDay)}.
        </p>
      )}
      {r.verdict === "not_yet" && l.byPeriod && expectedDatePassed(l, today) ? (
        <p className="font-medium text-red-800">
          The expected date has passed: the change was due by the end of {l.byPeriod.label} ({formatDate(l.byPeriod.lastDay)}).
        </p>
      ) : null}
    </div>
  );
}
