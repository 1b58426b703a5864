import { useId, type InputHTMLAttributes, type Ref, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { CharCount } from "./char-count";
import { cn } from "./cn";

const CONTROL =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-600 disabled:bg-slate-50 disabled:text-slate-500";
const INVALID = "ring-red-500 focus:ring-red-600";

/** `limit`: the most characters the API takes; the field counts near it instead of cutting the text. */
type FieldShell = { label: ReactNode; hint?: ReactNode; error?: string | string[] | null; className?: string; limit?: number };

function errorText(error: FieldShell["error"]): string | null {
  if (!error) return null;
  return Array.isArray(error) ? error.join(" ") : error;
}

/** Label, control, hint and error wired together with ids for screen readers. */
function Shell({
  id,
  label,
  hint,
  error,
  className,
  children,
  limit,
  value,
}: FieldShell & { id: string; children: ReactNode; value?: unknown }) {
  const message = errorText(error);
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {limit !== undefined && typeof value === "string" ? <CharCount id={`${id}-count`} value={value} max={limit} /> : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  label,
  hint,
  error,
  className,
  limit,
  ...rest
}: FieldShell & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const autoId = useId();
  const id = rest.id ?? autoId;
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className} limit={limit} value={rest.value}>
      <input
        {...rest}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn(CONTROL, error ? INVALID : null)}
      />
    </Shell>
  );
}

export function TextAreaField({ label, hint, error, className, limit, ...rest }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const autoId = useId();
  const id = rest.id ?? autoId;
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className} limit={limit} value={rest.value}>
      <textarea
        rows={3}
        {...rest}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn(CONTROL, error ? INVALID : null)}
      />
    </Shell>
  );
}

export function SelectField({ label, hint, error, className, children, ...rest }: FieldShell & SelectHTMLAttributes<HTMLSelectElement>) {
  const autoId = useId();
  const id = rest.id ?? autoId;
  return (
    <Shell id={id} label={label} hint={hint} error={error} className={className}>
      <select
        {...rest}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn(CONTROL, error ? INVALID : null)}
      >
        {children}
      </select>
    </Shell>
  );
}
