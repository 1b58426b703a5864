import { Crown } from "../shell/crown";
import { cn } from "../ui/cn";
import { formatSigned } from "../ui/format";

const CROWNS = [
  { key: "experience", letter: "E", name: "Experience" },
  { key: "cost", letter: "C", name: "Cost" },
  { key: "revenue", letter: "R", name: "Revenue" },
] as const;

type Scores = { experience: number; cost: number; revenue: number };

/** One crown's score on the −10..10 scale as a bar growing left (negative) or right (positive) from zero. */
function SignedBar({ value }: { value: number }) {
  const width = `${Math.min(50, (Math.abs(value) / 10) * 50)}%`;
  return (
    <span className="relative block h-1.5 w-14 rounded-full bg-slate-100 print:border print:border-slate-300">
      <span className="absolute inset-y-0 left-1/2 w-px bg-slate-400" aria-hidden />
      <span
        className={cn("absolute inset-y-0 rounded-full", value >= 0 ? "left-1/2 bg-emerald-600" : "right-1/2 bg-red-600")}
        style={{ width }}
        aria-hidden
      />
    </span>
  );
}

/** The three crown scores as small signed bars, with a crown when all three are positive. */
export function CrownBars({ scores, tripleCrown }: { scores: Scores; tripleCrown: boolean }) {
  const text = CROWNS.map((c) => `${c.name} ${formatSigned(scores[c.key], 1)}`).join(", ");
  return (
    <span className="inline-flex items-center gap-1.5" title={text}>
      <span className="sr-only">
        {text}
        {tripleCrown ? "; triple crown" : ""}
      </span>
      <span className="grid gap-0.5" aria-hidden>
        {CROWNS.map((c) => (
          <span key={c.key} className="flex items-center gap-1 text-[10px] leading-none text-slate-600">
            <span className="w-2">{c.letter}</span>
            <SignedBar value={scores[c.key]} />
          </span>
        ))}
      </span>
      <Crown className={cn("size-4 shrink-0", tripleCrown ? "text-crown" : "invisible")} />
    </span>
  );
}
