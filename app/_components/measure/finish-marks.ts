/**
 * Where on a sparkline (0–100 across, as its viewBox) a date falls. The line
 * spaces its values evenly, so a date between two readings sits between their
 * points in proportion to the days; a date outside the readings sits at the
 * nearer end (the mark's label carries the exact date).
 */
export function markPosition(dates: readonly string[], date: string): number {
  const n = dates.length;
  const xOf = (index: number) => (n < 2 ? 50 : 1 + (98 * index) / (n - 1));
  if (n === 0) return 50;
  if (date <= dates[0]!) return xOf(0);
  if (date >= dates[n - 1]!) return xOf(n - 1);
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
  let i = 0;
  while (dates[i + 1]! <= date) i++;
  const span = day(dates[i + 1]!) - day(dates[i]!);
  return xOf(i + (span > 0 ? (day(date) - day(dates[i]!)) / span : 0));
}
