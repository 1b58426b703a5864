import { crownParts } from "@/server/format/crown";
import { CrownBars } from "../scorecard/crown-bars";
import { Crown } from "../shell/crown";
import { cn } from "../ui/cn";

/** The triple crown of one initiative: the same crown as the scorecard (CrownBars), won parts judged on the threshold. */
export function Crowns({
  scores,
  threshold,
  named,
  className,
}: {
  scores: { experience: number; cost: number; revenue: number };
  threshold?: number;
  named?: boolean;
  className?: string;
}) {
  const tripleCrown = crownParts(scores, threshold).every((p) => p.won);
  return <CrownBars scores={scores} tripleCrown={tripleCrown} threshold={threshold} named={named} className={className} />;
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
