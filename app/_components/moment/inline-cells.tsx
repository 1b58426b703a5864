"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { tooLongMessage } from "@/server/domain/shared/text";
import { CharCount } from "../ui/char-count";
import { cn } from "../ui/cn";
import { parseNumber } from "@/server/format/parse-number";
import { numberText, readTypedNumber } from "../ui/typed-number";

const CELL =
  "block w-full rounded border-0 bg-transparent px-1.5 py-1 text-sm text-slate-900 ring-1 ring-inset ring-transparent hover:ring-slate-300 focus:bg-white focus:ring-2 focus:ring-brand-600";
const INVALID = "ring-red-500 hover:ring-red-500";
/** On a card (phones) the fields are always outlined: there is no hover to reveal them. */
const BOXED =
  "block w-full rounded border-0 bg-white px-1.5 py-1 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";

/** Keeps what the person is typing; takes the saved value again whenever it changes underneath and they are not editing. */
function useCellDraft(value: string) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  return { draft, setDraft, editing, setEditing };
}

function keys(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>, revert: () => void) {
  if (e.key === "Enter") {
    e.preventDefault();
    e.currentTarget.blur();
  }
  if (e.key === "Escape") {
    revert();
    e.currentTarget.blur();
  }
}

/** A table cell edited in place: saved on blur or Enter, Escape puts the saved value back. */
export function InlineText({
  value,
  label,
  onCommit,
  readOnly,
  className,
  maxLength = 200,
  required,
  boxed,
  multiline,
}: {
  value: string;
  label: string;
  onCommit: (value: string) => void;
  readOnly?: boolean;
  className?: string;
  maxLength?: number;
  required?: boolean;
  boxed?: boolean;
  /** Wraps onto a second line (long names stay readable in a narrow column); Enter still saves. */
  multiline?: boolean;
}) {
  const { draft, setDraft, editing, setEditing } = useCellDraft(value);
  // Full text on hover; read-only cells wrap rather than cut.
  if (readOnly)
    return (
      <span className={cn("block break-words px-1.5 py-1 text-sm", className)} title={value || undefined}>
        {value || "—"}
      </span>
    );
  const tooLong = draft.trim().length > maxLength;
  const invalid = (required && draft.trim() === "") || tooLong;
  const Control = multiline ? "textarea" : "input";
  // Over-long text is kept as typed and not sent; the cell says why (nothing is cut).
  return (
    <>
      <Control
        aria-label={label}
        rows={multiline ? 2 : undefined}
        value={draft}
        aria-invalid={invalid || undefined}
        // A narrow cell cuts long text: the whole of it shows on hover (and scrolls in the focused field).
        title={tooLong ? tooLongMessage(label, maxLength, draft.trim().length) : invalid ? "Required" : draft || undefined}
        onFocus={() => setEditing(true)}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => keys(e, () => setDraft(value))}
        onBlur={() => {
          setEditing(false);
          const next = draft.trim();
          if (next.length > maxLength) return;
          if (next === value || (required && next === "")) return setDraft(value);
          onCommit(next);
        }}
        className={cn(boxed ? BOXED : CELL, multiline && "resize-none leading-snug", invalid && INVALID, className)}
      />
      {editing && !tooLong ? <CharCount value={draft.trim()} max={maxLength} /> : null}
      {tooLong ? (
        <p role="alert" className="mt-0.5 text-xs font-medium text-red-700">
          {tooLongMessage(label, maxLength, draft.trim().length)}; not saved.
        </p>
      ) : null}
    </>
  );
}

/**
 * A number cell, edited as the app shows it ("3,000", "€4") and read by the app's one rule for typed
 * numbers: while editing it echoes what it understood or says why it cannot read the text, and a
 * refused or negative value is never sent (Enter or leaving the cell puts the saved value back).
 */
export function InlineNumber({
  value,
  label,
  onCommit,
  readOnly,
  display,
  className,
  boxed,
}: {
  value: number;
  label: string;
  onCommit: (value: number) => void;
  readOnly?: boolean;
  display?: string;
  className?: string;
  boxed?: boolean;
}) {
  const shown = display ?? numberText(value);
  // Edited as shown when that reads back as the saved number ("3,000", "€4"); else exactly ("4.5", not "€5").
  const reread = parseNumber(shown);
  const editText = reread.ok && reread.value === value ? shown : numberText(value);
  const { draft, setDraft, setEditing, editing } = useCellDraft(editText);
  const noteId = useId();
  if (readOnly) return <span className={cn("block px-1.5 py-1 text-right text-sm tabular-nums", className)}>{shown}</span>;
  const { parsed, note, refusal } = readTypedNumber(draft);
  const number = parsed.ok ? parsed.value : null;
  const problem =
    refusal ??
    (number === null
      ? "Enter a number of 0 or more"
      : number < 0
        ? "A number of 0 or more"
        : number > 1e12
          ? "At most 1,000,000,000,000"
          : null);
  const message = editing && draft !== editText ? (problem ?? note) : null;
  return (
    <div className="relative">
      <input
        aria-label={label}
        inputMode="decimal"
        autoComplete="off"
        value={editing ? draft : shown}
        aria-invalid={(editing && problem !== null) || undefined}
        aria-describedby={message ? noteId : undefined}
        onFocus={() => {
          setDraft(editText);
          setEditing(true);
        }}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => keys(e, () => setDraft(editText))}
        onBlur={() => {
          setEditing(false);
          if (problem !== null || number === null || draft.trim() === editText || number === value) return setDraft(editText);
          onCommit(number);
        }}
        className={cn(boxed ? BOXED : cn(CELL, "text-right"), "tabular-nums", problem !== null && editing && INVALID, className)}
      />
      {message ? (
        <p
          id={noteId}
          role={problem ? "alert" : "status"}
          className={cn("mt-1 min-w-40 text-left text-xs", problem ? "font-medium text-red-700" : "text-slate-600")}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A select cell: saved as soon as another option is chosen. */
export function InlineSelect<T extends string | number>({
  value,
  label,
  options,
  onCommit,
  readOnly,
  className,
  boxed,
}: {
  value: T;
  label: string;
  options: readonly { value: T; label: string }[];
  onCommit: (value: T) => void;
  readOnly?: boolean;
  className?: string;
  boxed?: boolean;
}) {
  const current = options.find((o) => o.value === value);
  if (readOnly)
    return (
      <span className={cn("block break-words px-1.5 py-1 text-sm", className)} title={current?.label ?? String(value)}>
        {current?.label ?? String(value)}
      </span>
    );
  return (
    <select
      aria-label={label}
      title={current?.label}
      value={String(value)}
      onChange={(e) => {
        const next = options.find((o) => String(o.value) === e.target.value);
        if (next && next.value !== value) onCommit(next.value);
      }}
      className={cn(boxed ? BOXED : CELL, "cursor-pointer", className)}
    >
      {options.map((o) => (
        <option key={String(o.value)} value={String(o.value)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
