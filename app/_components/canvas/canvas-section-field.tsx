import { useId } from "react";
import { CharCount } from "../ui/char-count";
import { cn } from "../ui/cn";

/**
 * One block of the canvas: a heading, what good looks like, and the text.
 * Readers without edit rights see the text itself, not a disabled box.
 */
export function CanvasSectionField({
  label,
  guidance,
  value,
  onChange,
  readOnly,
  rows = 5,
  placeholder,
  className,
  emphasis,
  error,
}: {
  label: string;
  guidance: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  rows?: number;
  placeholder?: string;
  className?: string;
  emphasis?: boolean;
  /** Why this text is not saved (too long); shown under it, the text stays as typed. */
  error?: string;
}) {
  const id = useId();
  return (
    <div
      className={cn(
        "flex flex-col rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200",
        emphasis && "ring-2 ring-brand-500/40",
        className,
      )}
    >
      {readOnly ? (
        <h3 className="text-sm font-semibold text-slate-900">{label}</h3>
      ) : (
        <label htmlFor={id} className="text-sm font-semibold text-slate-900">
          {label}
        </label>
      )}
      <p id={`${id}-hint`} className="mb-2 text-xs text-slate-600">
        {guidance}
      </p>
      {readOnly ? (
        <p className={cn("whitespace-pre-wrap text-sm text-slate-800", emphasis && "text-base italic")}>
          {value || <span className="not-italic text-slate-500">Not written yet.</span>}
        </p>
      ) : (
        <textarea
          id={id}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          rows={rows}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          className={cn(
            "block w-full flex-1 resize-y rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-600",
            emphasis && "text-base",
            error && "ring-red-500 focus:ring-red-600",
          )}
        />
      )}
      {readOnly ? null : <CharCount value={value} max={10_000} className="mt-1" />}
      {error && !readOnly ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
