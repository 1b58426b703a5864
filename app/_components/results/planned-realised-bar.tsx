import { cn } from "../ui/cn";

/** Realised against planned as one bar: the fill is the realised share, capped at the track, with the overshoot said in words. */
export function PlannedRealisedBar({ planned, realised, label }: { planned: number; realised: number; label: string }) {
  const share = planned > 0 ? realised / planned : realised > 0 ? 1 : 0;
  return (
    <span className="block w-full min-w-20" role="img" aria-label={`${label}: ${Math.round(share * 100)}% of plan`}>
      <span className="block h-2 overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400">
        <span
          className={cn("block h-full rounded-full", share >= 1 ? "bg-emerald-600" : share < 0 ? "bg-red-600" : "bg-brand-500")}
          style={{ width: `${Math.min(1, Math.abs(share)) * 100}%` }}
        />
      </span>
      <span className="mt-0.5 block text-[11px] tabular-nums text-slate-600">
        {planned > 0 ? `${Math.round(share * 100)}% of plan` : "no plan"}
      </span>
    </span>
  );
}
