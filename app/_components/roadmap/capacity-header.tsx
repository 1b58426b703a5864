import type { RoadmapData } from "../scorecard/types";
import { cn } from "../ui/cn";
import { formatNumber } from "../ui/format";

/** One column head per period: its label and a bar of capacity used, in a warning colour when over. */
export function CapacityHeader({ periods, currentPeriod }: { periods: RoadmapData["periods"]; currentPeriod: number }) {
  return (
    <>
      {periods.map((p) => {
        const share = p.capacity > 0 ? Math.min(1, p.used / p.capacity) : p.used > 0 ? 1 : 0;
        const history = p.index < currentPeriod;
        const current = p.index === currentPeriod;
        return (
          <th
            key={p.id}
            scope="col"
            data-testid="period-head"
            data-when={history ? "history" : current ? "current" : "ahead"}
            className={cn(
              "min-w-24 sm:min-w-28 border-l print:min-w-0 border-slate-200 px-2 py-2 text-left align-bottom font-medium normal-case tracking-normal",
              history && "bg-slate-100 text-slate-700",
              current && "border-l-2 border-l-brand-600",
            )}
          >
            {current ? (
              <span className="mb-0.5 block text-[11px] font-semibold uppercase tracking-wide text-brand-700" data-testid="today-marker">
                ▾ Today
              </span>
            ) : history ? (
              <span className="mb-0.5 block text-[11px] uppercase tracking-wide text-slate-700">Ended</span>
            ) : null}
            <span className={cn("block text-sm font-semibold", history ? "text-slate-700" : "text-slate-900")}>{p.label}</span>
            <span className="mt-1 block h-2 overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400" aria-hidden>
              <span
                className={cn("block h-full rounded-full", p.overCapacity ? "bg-amber-500" : "bg-brand-500")}
                style={{ width: `${share * 100}%` }}
              />
            </span>
            <span
              className={cn("mt-0.5 block text-[11px] tabular-nums", p.overCapacity ? "font-semibold text-amber-800" : "text-slate-600")}
            >
              {formatNumber(p.used, 1)} / {formatNumber(p.capacity, 1)} used
              {p.overCapacity ? <span className="block">over by {formatNumber(p.used - p.capacity, 1)}</span> : null}
            </span>
          </th>
        );
      })}
    </>
  );
}
