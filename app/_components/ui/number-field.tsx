"use client";

import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode } from "react";
import { TextField } from "./field";
import { numberText, readTypedNumber } from "./typed-number";

type NumberFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "defaultValue"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | string[] | null;
  /** Controlled text (the caller keeps it), or… */
  value?: string;
  /** …a starting number for an uncontrolled field read with FormData. */
  defaultValue?: number | string | null;
};

/**
 * A text field for a number, read by the app's one rule (server/format/parse-number.ts): grouped numbers
 * can be typed as the app shows them ("12,000"), the field echoes what it understood ("Understood as
 * 12,000") or says in plain words why it cannot read the text, before anything is saved.
 */
export function NumberField({ value, defaultValue, hint, error, onChange, ...rest }: NumberFieldProps) {
  const start = typeof defaultValue === "number" ? numberText(defaultValue) : (defaultValue ?? "");
  const [own, setOwn] = useState(start);
  const ref = useRef<HTMLInputElement>(null);
  const text = value ?? own;
  const { note, refusal } = readTypedNumber(text);

  // A form reset puts the default text back in the input; the echo follows it.
  useEffect(() => {
    const form = ref.current?.form;
    if (!form || value !== undefined) return;
    const reset = () => setOwn(start);
    form.addEventListener("reset", reset);
    return () => form.removeEventListener("reset", reset);
  }, [start, value]);

  const shownError = error && (!Array.isArray(error) || error.length) ? error : refusal;
  return (
    <TextField
      {...rest}
      ref={ref}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      {...(value !== undefined ? { value } : { defaultValue: start })}
      onChange={(e) => {
        if (value === undefined) setOwn(e.target.value);
        onChange?.(e);
      }}
      error={shownError}
      hint={
        note && !shownError ? (
          <>
            <span className="font-medium text-slate-700" data-testid="number-understood">
              {note}
            </span>
            {hint ? <span className="block">{hint}</span> : null}
          </>
        ) : (
          hint
        )
      }
    />
  );
}
