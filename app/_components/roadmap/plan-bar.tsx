import { crownColor } from "../charts/crown-colors";
import type { PlanScheduled } from "./plan-rows";
import { cn } from "../ui/cn";

const KIND_TEXT = { in_progress: "in progress", pinned: "pinned", planned: "planned" } as const;

/** An initiative's bar across its periods: colour = crowns; in-progress work shows its progress; a pin is outlined. */
export function PlanBar({
  item,
  crowns,
  progress,
  fromLabel,
  toLabel,
}: {
  item: PlanScheduled;
  crowns: number;
  progress: number;
  fromLabel: string;
  toLabel: string;
}) {
  const color = crownColor(crowns);
  const before = item.startPeriod < 0;
  const after = item.extendsBeyondPlan;
  return (
    <div className="relative flex h-6 items-center" data-testid="plan-bar">
      <span className="sr-only">
        {KIND_TEXT[item.kind]}, {before ? "started before the plan" : fromLabel}
        {toLabel !== fromLabel || before ? ` to ${toLabel}` : ""}
        {after ? ", continues after the plan" : ""}
        {item.kind === "in_progress" ? `, ${progress}% done` : ""}
      </span>
      <div
        aria-hidden
        className={cn(
          "relative h-4 w-full overflow-hidden print:border print:border-slate-700",
          before ? "rounded-r-full" : after ? "rounded-l-full" : "rounded-full",
          item.kind === "pinned" && "outline-2 outline-offset-1 outline-slate-900 outline-dashed",
        )}
        style={{ backgroundColor: item.kind === "in_progress" ? `${color}66` : color }}
      >
        {item.kind === "in_progress" ? <div className="h-full" style={{ width: `${progress}%`, backgroundColor: color }} /> : null}
      </div>
      {before ? (
        <span aria-hidden className="absolute -left-1 text-xs text-slate-700">
          ◂
        </span>
      ) : null}
      {after ? (
        <span aria-hidden className="absolute -right-1 text-xs text-slate-700">
          ▸
        </span>
      ) : null}
    </div>
  );
}
