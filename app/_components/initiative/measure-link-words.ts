import type { MeasureOutcome } from "@/server/domain/initiative/measure-outcomes";
import { formatNumber } from "../ui/format";

/** The words of the "Outcome measures it should move" section; pure, so they are tested without a browser. */

export const OUTPUT_FLAG = "Output measure: you get what you measure — prefer an outcome measure";

type Direction = MeasureOutcome["direction"];

/** "+8 %", "−2.5 days": a change with its sign and the measure's unit, as the measure card writes values. */
export function signedWithUnit(value: number, unit: string): string {
  return `${value > 0 ? "+" : ""}${formatNumber(value, 2)}${unit ? ` ${unit}` : ""}`;
}

export function withUnit(value: number, unit: string): string {
  return `${formatNumber(value, 2)}${unit ? ` ${unit}` : ""}`;
}

/** Open work: "Expects +8 points by Q3 2027" (no "by" when no period is named). */
export function expectationText(link: Pick<MeasureOutcome, "expectedChange" | "unit" | "byPeriod">): string {
  const by = link.byPeriod ? ` by ${link.byPeriod.label}` : "";
  return `Expects ${signedWithUnit(link.expectedChange, link.unit)}${by}`;
}

/** Whether a change of this sign is the better way for the measure, in words for the form's hint. */
export function directionHint(name: string, direction: Direction, change: number | null): string {
  const better = direction === "higher_is_better" ? "higher" : "lower";
  if (change === null || change === 0) {
    return `${name} is better when ${better}: type a rise as +8, a fall as −2.`;
  }
  const improves = change > 0 === (direction === "higher_is_better");
  return improves
    ? `An improvement: ${name} is better when ${better}.`
    : `Careful: that moves ${name} the worse way (it is better when ${better}).`;
}

export const VERDICT_WORDS = {
  delivered: { label: "Delivered", symbol: "✓", tone: "green" },
  partly: { label: "Partly delivered", symbol: "◐", tone: "amber" },
  not_yet: { label: "Not yet", symbol: "✗", tone: "red" },
  not_measured: { label: "Not measured", symbol: "?", tone: "slate" },
} as const;

/** "78.5 % on 15 Aug 2026", or "70 % (baseline)" for a before value read from the baseline. */
export function readingText(reading: { date: string | null; value: number }, unit: string, formatDate: (d: string) => string): string {
  return reading.date === null
    ? `${withUnit(reading.value, unit)} (baseline)`
    : `${withUnit(reading.value, unit)} on ${formatDate(reading.date)}`;
}

/** Whether the end of the "by" period is before today (ISO dates compare as text). */
export function expectedDatePassed(link: Pick<MeasureOutcome, "byPeriod">, today: string): boolean {
  return link.byPeriod !== null && link.byPeriod.lastDay < today;
}
