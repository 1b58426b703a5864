import { addMonths } from "./quarters";

/** What the current-period rule needs of a period, in plan order. */
export type DatedPeriod = { startDate: string; endDate: string | null };

/** A YYYY-MM-DD date moved by whole days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar months from a to b (the day is ignored). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split("-").map(Number) as [number, number];
  const [yb, mb] = b.split("-").map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

/**
 * The last day a period covers (inclusive): its own end date, or the day
 * before the next period starts. The last period has no next one: without an
 * end date it lasts as long as the one before it (three months when it is the
 * only one). Existing workspaces were migrated by this rule rather than by
 * rewriting their rows (decision 022).
 */
export function periodLastDay(periods: readonly DatedPeriod[], index: number): string {
  const p = periods[index]!;
  if (p.endDate) return p.endDate;
  const next = periods[index + 1];
  if (next) return addDays(next.startDate, -1);
  const previous = periods[index - 1];
  const months = previous ? monthsBetween(previous.startDate, p.startDate) : 0;
  return addDays(addMonths(p.startDate, months > 0 ? months : 3), -1);
}

/**
 * The index of the period that contains `today` (YYYY-MM-DD): -1 before the
 * first period, P (the number of periods) after the last one, and 0 when
 * there are no periods. A day in a gap between two periods (one ends before
 * the next starts) counts as the next period: the earlier one has ended, and
 * new work can only go into the next.
 */
export function currentPeriodIndex(periods: readonly DatedPeriod[], today: string): number {
  if (periods.length === 0) return 0;
  if (today < periods[0]!.startDate) return -1;
  for (let k = 0; k < periods.length; k++) {
    if (today <= periodLastDay(periods, k)) return k;
  }
  return periods.length;
}

/** The latest period that has ended by `today`, or null when none has. */
export function latestEndedPeriod(periods: readonly DatedPeriod[], today: string): number | null {
  const current = currentPeriodIndex(periods, today);
  const ended = Math.min(current, periods.length) - 1;
  return ended >= 0 ? ended : null;
}
