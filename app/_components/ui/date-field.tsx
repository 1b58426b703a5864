"use client";

import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode } from "react";
import { TextField } from "./field";
import { formatDate } from "./format";

type DateFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "defaultValue"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | string[] | null;
  defaultValue?: string;
};

/** "2026-12-06" → "6 Dec 2026"; anything else (empty, half-typed) → null. */
function appDate(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return formatDate(value);
  } catch {
    return null;
  }
}

/**
 * A date picker that also says the chosen day the way the rest of the app writes dates ("6 Dec 2026"):
 * the browser draws the input in its own locale (mm/dd/yyyy in an American Chromium), so the day is
 * confirmed beside it in one unambiguous form.
 */
export function DateField({ defaultValue = "", hint, onChange, ...rest }: DateFieldProps) {
  const [value, setValue] = useState(defaultValue);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    // After a reset the input holds its default again, so should the echo (read once the reset has happened).
    const reset = () => setTimeout(() => setValue(ref.current?.value ?? defaultValue));
    form.addEventListener("reset", reset);
    return () => form.removeEventListener("reset", reset);
  }, [defaultValue]);
  const shown = appDate(value);
  return (
    <TextField
      {...rest}
      ref={ref}
      type="date"
      defaultValue={defaultValue}
      onChange={(e) => {
        setValue(e.target.value);
        onChange?.(e);
      }}
      hint={
        shown ? (
          <>
            <span className="font-medium text-slate-700" data-testid="date-chosen">
              {shown}
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
