import { Link } from "@/app/_components/ui/link";
import type { Ref } from "react";
import { STATUS_LABELS, STATUS_TONES } from "../initiative/labels";
import type { RoadmapData } from "../scorecard/types";
import { Button } from "../ui/button";
import { Badge } from "../ui/card";
import { cn } from "../ui/cn";
import { formatNumber } from "../ui/format";
import { PlanBar } from "./plan-bar";
import { StalePinNote } from "./stale-pin-note";
import type { PlanRow, PlanScheduled } from "./plan-rows";

/** History (before today's period) is grey; today's period opens with the today line. */
function cellTone(k: number, currentPeriod: number) {
  return cn("border-l border-slate-100", k < currentPeriod && "bg-slate-100", k === currentPeriod && "border-l-2 border-l-brand-600");
}

function Cells({
  row,
  periods,
  currentPeriod,
}: {
  row: PlanRow & { item: PlanScheduled };
  periods: RoadmapData["periods"];
  currentPeriod: number;
}) {
  const { item, info } = row;
  const n = periods.length;
  if (item.endPeriod < 0) {
    return (
      <td colSpan={n} className="px-2 text-xs font-medium text-amber-800">
        Late: planned to end before {periods[0]?.label ?? "the plan"}, still in progress ({info.progress}%).
      </td>
    );
  }
  if (item.startPeriod > n - 1) {
    return (
      <td colSpan={n} className="px-2 text-right text-xs text-slate-700">
        Starts after the last period of the plan ▸
      </td>
    );
  }
  const from = Math.max(0, item.startPeriod);
  const to = Math.min(n - 1, item.endPeriod);
  const empty = (k: number) => <td key={k} className={cellTone(k, currentPeriod)} data-when={k < currentPeriod ? "history" : undefined} />;
  return (
    <>
      {Array.from({ length: from }, (_, k) => empty(k))}
      <td
        colSpan={to - from + 1}
        className={cn(cellTone(from, currentPeriod), "px-1.5")}
        data-start={item.startPeriod}
        data-kind={item.kind}
      >
        <PlanBar item={item} crowns={info.crowns} progress={info.progress} fromLabel={periods[from]!.label} toLabel={periods[to]!.label} />
      </td>
      {Array.from({ length: n - 1 - to }, (_, k) => empty(to + 1 + k))}
    </>
  );
}

/** One scheduled initiative: what it is, what it waits for, and its bar across the periods. */
export function TimelineRow({
  row,
  periods,
  currentPeriod,
  slug,
  prerequisites,
  pulledForwardBy,
  onUpdate,
  index,
  measureRef,
}: {
  row: PlanRow & { item: PlanScheduled };
  periods: RoadmapData["periods"];
  currentPeriod: number;
  slug: string;
  /** Prerequisites not done yet. */
  prerequisites: { id: string; title: string }[];
  pulledForwardBy: string | null;
  onUpdate: (() => void) | null;
  index?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}) {
  const { item, info } = row;
  const after = prerequisites;
  return (
    <tr ref={measureRef} data-index={index} className="align-middle print:break-inside-avoid" data-testid="roadmap-row">
      <th
        scope="row"
        className="sticky left-0 z-10 w-36 min-w-36 max-w-80 bg-white sm:w-80 sm:min-w-60 print:static print:w-52 print:min-w-0 px-3 py-2 text-left font-normal shadow-[1px_0_0_#e2e8f0]"
      >
        <span className="block">
          <span className="block min-w-0">
            <Link
              href={`/w/${slug}/initiatives/${item.id}`}
              className="line-clamp-2 font-medium text-slate-900 hover:text-brand-700 hover:underline"
            >
              <span className="tabular-nums text-slate-500">#{item.rank}</span> {info.title}
            </Link>
            <span className="mt-0.5 flex flex-wrap items-center gap-1 text-[11px] text-slate-600">
              <Badge tone={STATUS_TONES[item.status]}>
                {STATUS_LABELS[item.status]}
                {item.status === "in_progress" ? ` ${info.progress}%` : ""}
              </Badge>
              {item.kind === "pinned" ? <Badge tone="slate">Pinned</Badge> : null}
              {item.overdue ? <Badge tone="amber">Late</Badge> : null}
              <span>
                {formatNumber(item.effort, 1)} effort{item.durationPeriods > 1 ? ` over ${item.durationPeriods} periods` : ""}
              </span>
              {info.department ? <span>· {info.department}</span> : null}
            </span>
            {after.length ? (
              <span className="mt-0.5 block text-[11px] text-slate-700" data-testid="after-marker">
                ↳ after {after.map((p) => `“${p.title}”`).join(", ")}
              </span>
            ) : null}
            <StalePinNote row={row} periods={periods} />
            {pulledForwardBy ? (
              <span className="mt-0.5 block text-[11px] text-slate-700">⇡ pulled forward by “{pulledForwardBy}”</span>
            ) : null}
          </span>
          {onUpdate ? (
            <Button size="sm" variant="secondary" onClick={onUpdate} className="no-print mt-1 h-7">
              Update<span className="sr-only"> {info.title}</span>
            </Button>
          ) : null}
        </span>
      </th>
      <Cells row={row} periods={periods} currentPeriod={currentPeriod} />
    </tr>
  );
}
