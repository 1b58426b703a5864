import { groupDigits } from "@/server/domain/shared/text";
import { cn } from "./cn";

/** From this share of the limit on, the count is shown as people type. */
const SHOW_FROM = 0.9;

/**
 * "187 / 200" near a text's limit, red past it (the field's error then says
 * what to do). Inputs never cut what is typed (no maxLength): over-long text
 * stays visible and is refused, not silently shortened.
 */
export function CharCount({ id, value, max, className }: { id?: string; value: string; max: number; className?: string }) {
  const length = value.length;
  if (length < max * SHOW_FROM) return null;
  const over = length > max;
  return (
    <p
      id={id}
      aria-live="polite"
      className={cn("text-right text-xs tabular-nums", over ? "font-medium text-red-700" : "text-slate-500", className)}
      data-testid="char-count"
    >
      {groupDigits(length)} / {groupDigits(max)}
      <span className="sr-only"> characters</span>
    </p>
  );
}
