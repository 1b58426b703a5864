import { Link } from "@/app/_components/ui/link";
import type { RoadmapData } from "../scorecard/types";
import { STATUS_LABELS } from "../initiative/labels";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";
import { LiveWhenShown } from "../ui/live-when-shown";
import { SectionPlaceholder } from "../ui/section-placeholder";
import { useScreenHint } from "../screen/screen-hint";
import { formatDate, formatNumber } from "../ui/format";
import type { PlanRow, PlanScheduled } from "./plan-rows";

type Scheduled = PlanRow & { item: PlanScheduled };

/** A period's dates and capacity line above its list, and each initiative's row, at a phone's width. */
const PERIOD_TOP = 56;
const ITEM_HEIGHT = 61;

/**
 * The plan read down a phone, period by period: its dates, the capacity used
 * and left, and the initiatives that run in it (those begun earlier say so).
 * The timeline above stays the way to see the whole plan at once.
 */
export function PeriodList({
  rows,
  periods,
  currentPeriod,
  slug,
  canUpdate,
  onUpdate,
}: {
  rows: Scheduled[];
  periods: RoadmapData["periods"];
  currentPeriod: number;
  slug: string;
  canUpdate: (row: PlanRow) => boolean;
  onUpdate: (row: PlanRow) => void;
}) {
  // On a phone only the first period is on the first screen; the others start as their name and the room they take
  // (decision 055), and are drawn as they reach the screen.
  const phone = useScreenHint() === "phone";
  return (
    <section className="mt-4" aria-labelledby="period-list-title">
      <h2 id="period-list-title" className="text-lg font-semibold text-slate-900">
        Period by period
      </h2>
      <ol className="mt-2 space-y-3" data-testid="period-list">
        {periods.map((p, index) => {
          const running = rows.filter((r) => r.item.startPeriod <= p.index && p.index <= r.item.endPeriod);
          const left = p.capacity - p.used;
          const history = p.index < currentPeriod;
          return (
            <LiveWhenShown
              key={p.id}
              as="li"
              nearViewport
              className={cn("rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200", history && "bg-slate-50")}
              placeholder={
                phone && index > 0 ? (
                  <SectionPlaceholder
                    title={p.label}
                    level={3}
                    height={PERIOD_TOP + (running.length ? ITEM_HEIGHT * running.length : 28)}
                  />
                ) : undefined
              }
            >
              <h3 className="flex flex-wrap items-baseline justify-between gap-x-2 font-semibold text-slate-900">
                <span>
                  {p.label}
                  {p.index === currentPeriod ? <span className="ml-2 text-xs font-semibold uppercase text-brand-700">Today</span> : null}
                  {history ? <span className="ml-2 text-xs font-normal uppercase text-slate-600">Ended</span> : null}
                </span>
                {p.startDate ? (
                  <span className="text-xs font-normal text-slate-600">
                    {formatDate(p.startDate)} – {formatDate(p.lastDay)}
                  </span>
                ) : null}
              </h3>
              <p className={cn("mt-1 text-sm tabular-nums", p.overCapacity ? "font-semibold text-amber-800" : "text-slate-700")}>
                {formatNumber(p.used, 1)} of {formatNumber(p.capacity, 1)} used
                {left >= 0 ? `, ${formatNumber(left, 1)} left` : `, over by ${formatNumber(-left, 1)}`}
              </p>
              {running.length === 0 ? (
                <p className="mt-2 text-sm text-slate-600">Nothing planned in this period.</p>
              ) : (
                <ul className="mt-2 divide-y divide-slate-100">
                  {running.map((r) => (
                    <li key={r.item.id} className="flex items-center justify-between gap-2 py-1.5">
                      <span className="min-w-0">
                        <Link
                          href={`/w/${slug}/initiatives/${r.item.id}`}
                          className="inline-flex min-h-11 items-center break-words text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline"
                        >
                          {r.info.title}
                        </Link>
                        <span className="block text-xs text-slate-600">
                          {STATUS_LABELS[r.info.status]}
                          {r.item.startPeriod < p.index
                            ? ` · continues from ${periods.find((q) => q.index === r.item.startPeriod)?.label ?? "earlier"}`
                            : ""}
                          {r.item.endPeriod > p.index
                            ? ` · runs on to ${periods.find((q) => q.index === r.item.endPeriod)?.label ?? "after the plan"}`
                            : ""}
                        </span>
                      </span>
                      {canUpdate(r) ? (
                        <Button variant="secondary" className="h-11 shrink-0" onClick={() => onUpdate(r)}>
                          Update<span className="sr-only"> {r.info.title}</span>
                        </Button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </LiveWhenShown>
          );
        })}
      </ol>
    </section>
  );
}
