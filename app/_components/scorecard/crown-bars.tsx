import type { CSSProperties } from "react";
import { crownParts, crownRule, crownSummary, thresholdPosition, type CrownScores } from "@/server/format/crown";
import { Crown } from "../shell/crown";
import { cn } from "../ui/cn";

// The one crown of the app, the share page and (as HTML, server/domain/transfer/report-html.ts) the board pack:
// the parts, their sign words and the threshold rule come from server/format/crown, so every surface says the same.
//
// The threshold tick and the bar are the track's pseudo-elements and the zero line its background, not elements of
// their own: a scorecard page shows 75 of these crowns, and every element is HTML a phone parses, lays out and
// hydrates. For the same reason the track's styles are one class, `crown-track` in app/globals.css.

/**
 * The triple crown: one labelled bar per part (Experience, Cost, Revenue) growing right when it gains and left when it
 * loses, with the sign also as a shape (▲ ▼ –), the crown threshold as a tick, and a crown when all three are won.
 * `named` writes the parts' names and scores in full where there is room.
 */
export function CrownBars({
  scores,
  tripleCrown,
  threshold,
  named = false,
  className,
}: {
  scores: CrownScores;
  tripleCrown: boolean;
  /** The model's crown threshold in points; the default model's when not given. */
  threshold?: number;
  named?: boolean;
  className?: string;
}) {
  const parts = crownParts(scores, threshold);
  const text = crownSummary(parts, tripleCrown);
  const tick = { "--thr": `${(thresholdPosition(threshold) * 100).toFixed(1)}%` } as CSSProperties;
  return (
    <span
      className={cn("inline-flex items-center gap-1.5", className)}
      title={text}
      data-crown={parts.map((p) => `${p.letter}${p.signMark}`).join(" ")}
    >
      <span className="sr-only">{text}</span>
      <span
        className={cn(
          "grid items-center gap-x-1 gap-y-0.5 leading-none text-slate-700",
          named ? "grid-cols-[auto_3.5rem_auto] text-xs" : "grid-cols-[1.1rem_3.5rem] text-[10px]",
        )}
        aria-hidden
        style={tick}
      >
        {parts.map((p) => {
          const label = named ? `${p.name} ${p.signMark}` : `${p.letter}${p.signMark}`;
          return [
            <span key={p.letter} className={cn("whitespace-nowrap", p.won && "font-semibold text-slate-900")}>
              {label}
            </span>,
            <span
              key={p.key}
              className={cn("crown-track", p.sign === "loss" ? "after:right-1/2 after:bg-red-600" : "after:left-1/2 after:bg-emerald-600")}
              style={{ "--bar": `${(p.size * 50).toFixed(1)}%` } as CSSProperties}
            />,
            named ? (
              <span key={`${p.key}-score`} className="tabular-nums">
                {p.scoreText}
                {p.won ? " crown" : ""}
              </span>
            ) : null,
          ];
        })}
      </span>
      {tripleCrown ? <Crown className="size-4 shrink-0 text-crown" /> : <span className="size-4 shrink-0" />}
    </span>
  );
}

/** What the crown's parts mean, shown where the crown first appears on a page. */
export function CrownLegend({ threshold, className }: { threshold?: number; className?: string }) {
  return (
    <div className={cn("flex flex-wrap items-center gap-3 text-xs text-slate-600", className)}>
      <CrownBars scores={{ experience: 4, cost: -2, revenue: 0.3 }} tripleCrown={false} threshold={threshold} named />
      <p className="max-w-prose">
        <span className="font-medium text-slate-800">How to read the crown: </span>E is Experience, C is Cost, R is Revenue.{" "}
        {crownRule(threshold)}
      </p>
    </div>
  );
}
