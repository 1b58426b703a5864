"use client";

import { Link } from "@/app/_components/ui/link";
import type { ReactNode } from "react";
import type { MomentItem } from "../trpc/types";
import { Badge } from "../ui/card";
import { cn } from "../ui/cn";
import { LiveWhenShown } from "../ui/live-when-shown";
import { formatMoney, formatNumber, formatSigned } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { InlineNumber, InlineSelect, InlineText } from "./inline-cells";
import { JOURNEY_LABELS, JOURNEY_OPTIONS, RATING_OPTIONS } from "./moment-options";
import type { useMoments } from "./use-moments";

type Actions = Pick<ReturnType<typeof useMoments>, "update" | "remove" | "move">;

const BUTTON =
  "inline-flex h-8 items-center rounded-md px-2 text-sm text-slate-700 ring-1 ring-inset ring-slate-300 disabled:text-slate-300 disabled:ring-slate-200";

function Field({ caption, children, className }: { caption: string; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <span aria-hidden className="mb-0.5 block text-xs text-slate-600">
        {caption}
      </span>
      {children}
    </div>
  );
}

/**
 * A field's value as it reads in a card (the placeholder's stand-in for the control): in a box of the control's size
 * for an editor, as plain text for a reader, exactly as the card draws them.
 */
function Shown({ caption, value, boxed, className }: { caption: string; value: ReactNode; boxed: boolean; className?: string }) {
  return (
    <div className={className}>
      <span className="mb-0.5 block text-xs text-slate-600">{caption}</span>
      <span
        className={cn(
          "block px-1.5 py-1 text-sm text-slate-900",
          boxed ? "min-h-7 truncate rounded bg-white ring-1 ring-inset ring-slate-300" : "break-words",
        )}
      >
        {value}
      </span>
    </div>
  );
}

/** What the moment costs a year and its hot-spot score: the same line in the card and its placeholder. */
function CostLine({ moment: m, currency }: { moment: MomentItem; currency: string }) {
  return (
    <p className="mt-2 px-1.5 text-sm text-slate-800">
      {formatMoney(m.annualCost, currency)} a year · hot-spot score {m.hotSpotScore} of 100{" "}
      {m.isHotSpot ? <Badge tone="red">Hot spot</Badge> : null}
    </p>
  );
}

/**
 * A moment card before it reaches the screen (decision 054): the same boxes with the values as text, so the card
 * looks and measures the same, at half the elements (no controls, no select options); the editable card replaces it
 * as it scrolls into view. The buttons' row is kept as room.
 */
function MomentCardPlaceholder({ moment: m, canEdit, currency }: { moment: MomentItem; canEdit: boolean; currency: string }) {
  return (
    <>
      <div className="grid grid-cols-2 gap-x-3 gap-y-2">
        <Shown caption="Moment" value={<span className="font-medium">{m.name}</span>} boxed={canEdit} className="col-span-2" />
        <Shown caption="Stage" value={m.stage} boxed={canEdit} />
        <Shown caption="Channel" value={m.channel} boxed={canEdit} />
        <Shown caption="Journey" value={JOURNEY_LABELS[m.journeyType]} boxed={canEdit} className="col-span-2" />
        <Shown caption="Importance (1–5)" value={m.importance} boxed={canEdit} />
        <Shown caption="Performance (1–5)" value={m.performance} boxed={canEdit} />
        <Shown caption="Volume per year" value={formatNumber(m.volumePerYear, 0)} boxed={canEdit} />
        <Shown caption="Cost each" value={formatMoney(m.costPerInteraction, currency)} boxed={canEdit} />
      </div>
      <CostLine moment={m} currency={currency} />
      {m.linkedInitiatives.length ? (
        <ul className="mt-1 space-y-1 px-1.5 text-sm">
          {m.linkedInitiatives.map((i) => (
            <li key={i.id}>
              {formatSigned(i.effect, 0)} {i.title}
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? <div className="mt-2 h-8" /> : null}
    </>
  );
}

/** One moment of truth on a phone: the table's cells, stacked. */
export function MomentCard({
  moment: m,
  index,
  count,
  canEdit,
  actions,
}: {
  moment: MomentItem;
  index: number;
  count: number;
  canEdit: boolean;
  actions: Actions;
}) {
  const ws = useWorkspace();
  const name = m.name || "this moment";
  const save = (patch: Parameters<Actions["update"]>[1]) => void actions.update(m.id, patch);
  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  return (
    // A canvas can hold dozens of moments: a phone brings to life the cards it scrolls near, not all of them at once.
    <LiveWhenShown
      as="li"
      nearViewport
      placeholder={<MomentCardPlaceholder moment={m} canEdit={canEdit} currency={ws.currency} />}
      className={cn("rounded-lg p-3 shadow-sm ring-1", m.isHotSpot ? "bg-red-50 ring-red-200" : "bg-white ring-slate-200")}
    >
      <div className="grid grid-cols-2 gap-x-3 gap-y-2">
        <Field caption="Moment" className="col-span-2">
          <InlineText
            value={m.name}
            label={`Name of moment ${index + 1}`}
            required
            readOnly={!canEdit}
            onCommit={(v) => save({ name: v })}
            className="font-medium"
            boxed
          />
        </Field>
        <Field caption="Stage">
          <InlineText value={m.stage} label={`Stage of ${name}`} readOnly={!canEdit} onCommit={(stage) => save({ stage })} boxed />
        </Field>
        <Field caption="Channel">
          <InlineText value={m.channel} label={`Channel of ${name}`} readOnly={!canEdit} onCommit={(channel) => save({ channel })} boxed />
        </Field>
        <Field caption="Journey" className="col-span-2">
          <InlineSelect
            value={m.journeyType}
            label={`Journey type of ${name}`}
            options={JOURNEY_OPTIONS}
            readOnly={!canEdit}
            onCommit={(journeyType) => save({ journeyType })}
            boxed
          />
        </Field>
        <Field caption="Importance (1–5)">
          <InlineSelect
            value={m.importance}
            label={`Importance of ${name}, 1 to 5`}
            options={RATING_OPTIONS}
            readOnly={!canEdit}
            onCommit={(importance) => save({ importance })}
            boxed
          />
        </Field>
        <Field caption="Performance (1–5)">
          <InlineSelect
            value={m.performance}
            label={`Performance of ${name}, 1 to 5`}
            options={RATING_OPTIONS}
            readOnly={!canEdit}
            onCommit={(performance) => save({ performance })}
            boxed
          />
        </Field>
        <Field caption="Volume per year">
          <InlineNumber
            value={m.volumePerYear}
            label={`Volume per year of ${name}`}
            display={formatNumber(m.volumePerYear, 0)}
            readOnly={!canEdit}
            onCommit={(volumePerYear) => save({ volumePerYear })}
            boxed
          />
        </Field>
        <Field caption="Cost each">
          <InlineNumber
            value={m.costPerInteraction}
            label={`Cost per interaction of ${name}`}
            display={formatMoney(m.costPerInteraction, ws.currency)}
            readOnly={!canEdit}
            onCommit={(costPerInteraction) => save({ costPerInteraction })}
            boxed
          />
        </Field>
      </div>
      <CostLine moment={m} currency={ws.currency} />
      {m.linkedInitiatives.length ? (
        <ul className="mt-1 space-y-1 px-1.5 text-sm">
          {m.linkedInitiatives.map((i) => (
            <li key={i.id}>
              <span className={cn("font-semibold tabular-nums", i.effect > 0 ? "text-emerald-700" : "text-red-700")}>
                {formatSigned(i.effect, 0)}
              </span>{" "}
              <Link href={`/w/${ws.slug}/initiatives/${i.id}`} className="text-brand-700 hover:underline">
                {i.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <div className="mt-2 flex gap-2">
          <button
            type="button"
            id={`card-up-${m.id}`}
            className={BUTTON}
            aria-label={`Move ${name} up`}
            disabled={index === 0}
            onClick={() => void actions.move(m.id, index - 1).then(() => focus(`card-up-${m.id}`))}
          >
            <span aria-hidden>↑</span>
          </button>
          <button
            type="button"
            id={`card-down-${m.id}`}
            className={BUTTON}
            aria-label={`Move ${name} down`}
            disabled={index === count - 1}
            onClick={() => void actions.move(m.id, index + 1).then(() => focus(`card-down-${m.id}`))}
          >
            <span aria-hidden>↓</span>
          </button>
          <button
            type="button"
            className={cn(BUTTON, "ml-auto text-red-700")}
            aria-label={`Delete ${name}`}
            onClick={() => void actions.remove(m)}
          >
            Delete
          </button>
        </div>
      ) : null}
    </LiveWhenShown>
  );
}
