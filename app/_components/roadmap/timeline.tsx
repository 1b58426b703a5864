"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
import type { RoadmapData } from "../scorecard/types";
import { useWorkspace } from "../workspace/workspace-context";
import { CapacityHeader } from "./capacity-header";
import type { PlanRow, PlanScheduled } from "./plan-rows";
import { TimelineRow } from "./timeline-row";

type Scheduled = PlanRow & { item: PlanScheduled };

/** Below this many rows every row is rendered: it is cheap, and a screenshot or Ctrl+F sees them all. */
const VIRTUAL_FROM = 80;

/**
 * The plan as a table: one column per period, one row per scheduled
 * initiative. Only the rows on screen are in the DOM (window-scrolled
 * virtualisation with spacer rows), except when printing.
 */
export function Timeline({
  rows,
  periods,
  currentPeriod,
  printing,
  titleOf,
  statusOf,
  canUpdate,
  onUpdate,
}: {
  rows: Scheduled[];
  periods: RoadmapData["periods"];
  /** The period containing today: earlier ones are history, drawn grey. */
  currentPeriod: number;
  printing: boolean;
  titleOf: (id: string) => string;
  statusOf: (id: string) => string | undefined;
  canUpdate: (row: PlanRow) => boolean;
  onUpdate: (row: PlanRow) => void;
}) {
  const ws = useWorkspace();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [rows.length]);
  const virtualizer = useWindowVirtualizer({ count: rows.length, estimateSize: () => 64, overscan: 6, scrollMargin });
  const all = printing || rows.length < VIRTUAL_FROM;
  const items = virtualizer.getVirtualItems();
  const shown = all ? rows.map((_, index) => ({ index, start: 0, end: 0 })) : items;
  const top = all || items.length === 0 ? 0 : items[0]!.start - scrollMargin;
  const bottom = all || items.length === 0 ? 0 : virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin);
  const columns = periods.length + 1;

  return (
    <div
      className="relative overflow-x-auto print:overflow-visible"
      data-testid="timeline-scroll"
      role="region"
      aria-label="Roadmap timeline"
      // A keyboard user scrolls the box with the arrow keys once it has focus.
      tabIndex={0}
    >
      <table
        className="w-full border-separate border-spacing-0 text-sm print:table-fixed print:text-xs"
        aria-label="Roadmap: initiatives by period"
      >
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-20 bg-slate-50 px-3 py-2 text-left align-bottom font-medium shadow-[1px_0_0_#e2e8f0] print:static print:w-52"
            >
              Initiative <span className="normal-case tracking-normal text-slate-500">({rows.length} planned)</span>
            </th>
            <CapacityHeader periods={periods} currentPeriod={currentPeriod} />
          </tr>
        </thead>
        <tbody ref={bodyRef} className="[&>tr>*]:border-b [&>tr>*]:border-slate-100">
          {top > 0 ? (
            <tr aria-hidden>
              <td colSpan={columns} style={{ height: top, padding: 0 }} />
            </tr>
          ) : null}
          {shown.map((v) => {
            const row = rows[v.index]!;
            const pulled = row.item.pulledForwardBy;
            return (
              <TimelineRow
                key={row.item.id}
                index={v.index}
                measureRef={all ? undefined : virtualizer.measureElement}
                row={row}
                periods={periods}
                currentPeriod={currentPeriod}
                slug={ws.slug}
                // Prerequisites still on the roadmap; done ones (no longer on it) hold nothing up.
                prerequisites={row.item.dependsOn.filter((p) => statusOf(p.id) !== undefined)}
                pulledForwardBy={pulled ? titleOf(pulled) : null}
                onUpdate={canUpdate(row) ? () => onUpdate(row) : null}
              />
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden>
              <td colSpan={columns} style={{ height: bottom, padding: 0 }} />
            </tr>
          ) : null}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns} className="px-4 py-8 text-center text-sm text-slate-600">
                Nothing is scheduled{periods.length ? " for this selection" : ""}. See the unscheduled list below for the reasons.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
