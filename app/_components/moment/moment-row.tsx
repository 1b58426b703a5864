"use client";

import { Link } from "@/app/_components/ui/link";
import type { DragEvent } from "react";
import type { MomentItem } from "../trpc/types";
import { Badge } from "../ui/card";
import { cn } from "../ui/cn";
import { formatMoney, formatNumber, formatSigned } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { InlineNumber, InlineSelect, InlineText } from "./inline-cells";
import { JOURNEY_OPTIONS, RATING_OPTIONS } from "./moment-options";
import type { useMoments } from "./use-moments";

type Actions = Pick<ReturnType<typeof useMoments>, "update" | "remove" | "move">;

const ICON_BUTTON =
  "inline-flex size-7 items-center justify-center rounded text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent";
const ARROW =
  "inline-flex h-6 w-7 items-center justify-center rounded text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent";

const SHOWN = 2;

function LinkedInitiative({ link }: { link: MomentItem["linkedInitiatives"][number] }) {
  const ws = useWorkspace();
  return (
    // 24 px per line: each link is a touch target of its own (WCAG 2.2 target size).
    <li className="flex min-h-6 items-center gap-1">
      <span className={cn("tabular-nums font-semibold", link.effect > 0 ? "text-emerald-700" : "text-red-700")}>
        {formatSigned(link.effect, 0)}
      </span>
      <Link
        href={`/w/${ws.slug}/initiatives/${link.id}`}
        title={link.title}
        className="line-clamp-2 text-brand-700 hover:line-clamp-none hover:underline focus-visible:line-clamp-none"
      >
        {link.title}
      </Link>
    </li>
  );
}

/** The first two initiatives, the rest behind a native disclosure so a busy moment keeps its row short. */
function LinkedInitiatives({ links }: { links: MomentItem["linkedInitiatives"] }) {
  return (
    <>
      <ul className="space-y-0.5">
        {links.slice(0, SHOWN).map((l) => (
          <LinkedInitiative key={l.id} link={l} />
        ))}
      </ul>
      {links.length > SHOWN ? (
        <details className="mt-0.5">
          <summary className="cursor-pointer py-1 text-slate-600 hover:text-slate-900">{links.length - SHOWN} more</summary>
          <ul className="space-y-0.5">
            {links.slice(SHOWN).map((l) => (
              <LinkedInitiative key={l.id} link={l} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

export function MomentRow({
  moment: m,
  index,
  count,
  canEdit,
  actions,
  dragging,
  onDragStart,
  onDropOn,
}: {
  moment: MomentItem;
  index: number;
  count: number;
  canEdit: boolean;
  actions: Actions;
  dragging: boolean;
  onDragStart: (id: string) => void;
  onDropOn: (index: number) => void;
}) {
  const ws = useWorkspace();
  const name = m.name || "this moment";
  const save = (patch: Parameters<Actions["update"]>[1]) => void actions.update(m.id, patch);
  const focusAfterMove = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const dropHandlers = canEdit
    ? {
        onDragOver: (e: DragEvent) => e.preventDefault(),
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          onDropOn(index);
        },
      }
    : {};

  return (
    <tr className={cn("align-middle", m.isHotSpot && "bg-red-50/60", dragging && "opacity-50")} data-testid="moment-row" {...dropHandlers}>
      {canEdit ? (
        <td className="pl-1">
          <div className="flex items-center">
            <span
              draggable
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = "move";
                onDragStart(m.id);
              }}
              className="inline-flex cursor-grab select-none px-0.5 text-slate-400"
              title="Drag to reorder"
              aria-hidden
            >
              ⋮⋮
            </span>
            <span className="flex flex-col">
              <button
                type="button"
                id={`up-${m.id}`}
                className={ARROW}
                aria-label={`Move ${name} up`}
                disabled={index === 0}
                onClick={() => void actions.move(m.id, index - 1).then(() => focusAfterMove(`up-${m.id}`))}
              >
                <span aria-hidden>↑</span>
              </button>
              <button
                type="button"
                id={`down-${m.id}`}
                className={ARROW}
                aria-label={`Move ${name} down`}
                disabled={index === count - 1}
                onClick={() => void actions.move(m.id, index + 1).then(() => focusAfterMove(`down-${m.id}`))}
              >
                <span aria-hidden>↓</span>
              </button>
            </span>
          </div>
        </td>
      ) : null}
      <th scope="row" className="w-52 min-w-40 px-0.5 py-1 text-left font-normal">
        <InlineText
          value={m.name}
          label={`Name of moment ${index + 1}`}
          required
          multiline
          readOnly={!canEdit}
          onCommit={(name) => save({ name })}
          className="font-medium"
        />
      </th>
      <td className="w-24 px-0.5">
        <InlineText value={m.stage} label={`Stage of ${name}`} readOnly={!canEdit} onCommit={(stage) => save({ stage })} />
      </td>
      <td className="w-32 px-0.5">
        <InlineSelect
          value={m.journeyType}
          label={`Journey type of ${name}`}
          options={JOURNEY_OPTIONS}
          readOnly={!canEdit}
          onCommit={(journeyType) => save({ journeyType })}
        />
      </td>
      <td className="w-20 px-0.5">
        <InlineText value={m.channel} label={`Channel of ${name}`} readOnly={!canEdit} onCommit={(channel) => save({ channel })} />
      </td>
      <td className="w-14 px-0.5">
        <InlineSelect
          value={m.importance}
          label={`Importance of ${name}, 1 to 5`}
          options={RATING_OPTIONS}
          readOnly={!canEdit}
          onCommit={(importance) => save({ importance })}
          className="pr-0 text-center"
        />
      </td>
      <td className="w-14 px-0.5">
        <InlineSelect
          value={m.performance}
          label={`Performance of ${name}, 1 to 5`}
          options={RATING_OPTIONS}
          readOnly={!canEdit}
          onCommit={(performance) => save({ performance })}
          className="pr-0 text-center"
        />
      </td>
      <td className="w-20 px-0.5">
        <InlineNumber
          value={m.volumePerYear}
          label={`Volume per year of ${name}`}
          display={formatNumber(m.volumePerYear, 0)}
          readOnly={!canEdit}
          onCommit={(volumePerYear) => save({ volumePerYear })}
        />
      </td>
      <td className="w-16 px-0.5">
        <InlineNumber
          value={m.costPerInteraction}
          label={`Cost per interaction of ${name}`}
          display={formatMoney(m.costPerInteraction, ws.currency)}
          readOnly={!canEdit}
          onCommit={(costPerInteraction) => save({ costPerInteraction })}
        />
      </td>
      <td className="whitespace-nowrap px-1.5 text-right tabular-nums text-slate-800">
        {formatMoney(m.annualCost, ws.currency, { compact: m.annualCost >= 1e6 })}
      </td>
      <td className="whitespace-nowrap px-1.5 text-right">
        <span className="font-medium tabular-nums text-slate-900">{m.hotSpotScore}</span>
        {m.isHotSpot ? (
          <span className="ml-1">
            <Badge tone="red">Hot spot</Badge>
          </span>
        ) : null}
      </td>
      <td className="w-28 px-1.5 py-1 text-xs">
        {m.linkedInitiatives.length === 0 ? (
          <span className="text-slate-500">None yet</span>
        ) : (
          <LinkedInitiatives links={m.linkedInitiatives} />
        )}
      </td>
      {canEdit ? (
        <td className="pr-1 text-right">
          <button
            type="button"
            className={cn(ICON_BUTTON, "hover:bg-red-50 hover:text-red-700")}
            aria-label={`Delete ${name}`}
            onClick={() => void actions.remove(m)}
          >
            <span aria-hidden>✕</span>
          </button>
        </td>
      ) : null}
    </tr>
  );
}
