import { Crown } from "../shell/crown";
import { cn } from "../ui/cn";

const NAMES = ["experience", "cost", "revenue"] as const;

/** Three small crowns, filled for each of experience, cost and revenue whose score is positive. */
export function Crowns({ scores, className }: { scores: { experience: number; cost: number; revenue: number }; className?: string }) {
  const won = NAMES.filter((n) => scores[n] > 0);
  return (
    <span className={cn("inline-flex items-center gap-0.5", className)} title={won.length ? `Crowns: ${won.join(", ")}` : "No crowns"}>
      <span className="sr-only">
        {won.length} of 3 crowns{won.length ? ` (${won.join(", ")})` : ""}
      </span>
      {NAMES.map((n) => (
        <Crown key={n} className={cn("size-4", scores[n] > 0 ? "text-crown" : "text-slate-300")} />
      ))}
    </span>
  );
}

/** How many crowns, when only the count is known (the scorecard summary's compact points). */
export function CrownCount({ count, className }: { count: number; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-0.5", className)} title={`${count} of 3 crowns`}>
      <span className="sr-only">{count} of 3 crowns</span>
      {[0, 1, 2].map((i) => (
        <Crown key={i} className={cn("size-4", i < count ? "text-crown" : "text-slate-300")} />
      ))}
    </span>
  );
}
