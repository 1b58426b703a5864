import type { CSSProperties } from "react";
import { Crown } from "../shell/crown";
import { cn } from "../ui/cn";
import { formatSigned } from "../ui/format";

const CROWNS = [
  { key: "experience", letter: "E", name: "Experience" },
  { key: "cost", letter: "C", name: "Cost" },
  { key: "revenue", letter: "R", name: "Revenue" },
] as const;

type Scores = { experience: number; cost: number; revenue: number };

// The zero line and the bar are the track's pseudo-elements, not elements of their own: a scorecard page shows
// 75 of these bars, and every element is HTML a phone parses, styles, lays out and hydrates.
// Browsers drop background colours when printing unless told otherwise, and the bars are backgrounds: the
// track asks to print exactly (inherited by its pseudo-elements, which draw the bar).
const TRACK =
  "relative h-1.5 w-14 rounded-full bg-slate-100 print:border print:border-slate-300 " +
  "[print-color-adjust:exact] [-webkit-print-color-adjust:exact] " +
  "before:absolute before:inset-y-0 before:left-1/2 before:w-px before:bg-slate-400 " +
  "after:absolute after:inset-y-0 after:w-(--bar) after:rounded-full";

/** The three crown scores as small signed bars (growing left when negative), with a crown when all three are positive. */
export function CrownBars({ scores, tripleCrown }: { scores: Scores; tripleCrown: boolean }) {
  const text = CROWNS.map((c) => `${c.name} ${formatSigned(scores[c.key], 1)}`).join(", ");
  return (
    <span className="inline-flex items-center gap-1.5" title={text}>
      <span className="sr-only">
        {text}
        {tripleCrown ? "; triple crown" : ""}
      </span>
      <span className="grid grid-cols-[0.5rem_3.5rem] items-center gap-x-1 gap-y-0.5 text-[10px] leading-none text-slate-600" aria-hidden>
        {CROWNS.map((c) => {
          const value = scores[c.key];
          return [
            <span key={c.letter}>{c.letter}</span>,
            <span
              key={c.key}
              className={cn(TRACK, value >= 0 ? "after:left-1/2 after:bg-emerald-600" : "after:right-1/2 after:bg-red-600")}
              style={{ "--bar": `${Math.min(50, (Math.abs(value) / 10) * 50)}%` } as CSSProperties}
            />,
          ];
        })}
      </span>
      {tripleCrown ? <Crown className="size-4 shrink-0 text-crown" /> : <span className="size-4 shrink-0" />}
    </span>
  );
}
