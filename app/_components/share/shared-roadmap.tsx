import { Badge, Card } from "../ui/card";
import { formatNumber } from "../ui/format";
import type { SharedView } from "./types";

const REASON: Record<string, string> = {
  no_positive_value: "No positive value",
  blocked: "Blocked by a prerequisite",
  no_capacity: "No capacity left in the plan",
};

const KIND: Record<string, string> = { in_progress: "in progress", pinned: "committed", planned: "planned" };

/** The roadmap, read-only: each period with its capacity and what starts or runs in it, then what did not fit and why. */
export function SharedRoadmap({ view }: { view: SharedView }) {
  const { periods, scheduled, unscheduled, currentPeriod } = view.roadmap;
  const label = (index: number) => periods.find((p) => p.index === index)?.label ?? (index < 0 ? "before the plan" : "after the plan");
  return (
    <section aria-labelledby="roadmap-heading" className="space-y-4">
      <h2 id="roadmap-heading" className="text-lg font-semibold text-slate-900">
        Roadmap
      </h2>
      {periods.length === 0 ? <p className="text-sm text-slate-600">No periods are planned yet.</p> : null}
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-4">
        {periods.map((p) => {
          const items = scheduled.filter((s) => s.startPeriod <= p.index && s.endPeriod >= p.index);
          const share = p.capacity > 0 ? Math.min(100, (p.used / p.capacity) * 100) : p.used > 0 ? 100 : 0;
          return (
            <Card key={p.index} className={p.index < currentPeriod ? "bg-slate-100 p-3" : "p-3"}>
              <h3 className="font-semibold text-slate-900">
                {p.label}
                {p.index < currentPeriod ? <span className="ml-2 text-xs font-normal text-slate-700">ended</span> : null}
                {p.index === currentPeriod ? <span className="ml-2 text-xs font-semibold text-brand-700">current</span> : null}
              </h3>
              <div className="mt-1 flex items-center gap-2 text-xs text-slate-600">
                <span className="h-1.5 w-24 overflow-hidden rounded-full bg-slate-100" aria-hidden>
                  <span className={`block h-full ${p.overCapacity ? "bg-red-600" : "bg-brand-600"}`} style={{ width: `${share}%` }} />
                </span>
                {formatNumber(p.used, 1)} of {formatNumber(p.capacity, 1)} capacity{p.overCapacity ? " (over)" : ""}
              </div>
              <ul className="mt-2 space-y-1 text-sm">
                {items.length === 0 ? <li className="text-slate-500">Nothing planned</li> : null}
                {items.map((s) => (
                  <li key={s.rank} className="flex flex-wrap items-center gap-1">
                    <span className="text-slate-900">{s.title}</span>
                    <span className="text-xs text-slate-500">
                      {KIND[s.kind] ?? s.kind}
                      {s.endPeriod > s.startPeriod ? `, ${label(s.startPeriod)}–${label(s.endPeriod)}` : ""}
                    </span>
                    {s.tripleCrown ? <Badge tone="brand">Triple crown</Badge> : null}
                  </li>
                ))}
              </ul>
            </Card>
          );
        })}
      </div>
      <Card className="p-4">
        <h3 className="font-semibold text-slate-900">Not scheduled ({view.roadmap.unscheduledCount})</h3>
        {unscheduled.length === 0 ? <p className="mt-1 text-sm text-slate-600">Everything fits in the plan.</p> : null}
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {unscheduled.map((u) => (
            <li key={u.rank} className="py-1.5">
              <span className="font-medium text-slate-900">{u.title}</span>{" "}
              <span className="text-slate-600">
                — {REASON[u.reason] ?? u.reason}
                {u.blockedBy.length ? `: waits for ${u.blockedBy.map((t) => `“${t}”`).join(", ")}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
