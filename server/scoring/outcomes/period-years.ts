/**
 * How much of a year a period is, so a yearly estimate can be set against
 * what one period delivered (docs/scoring.md §10.1). A period of whole
 * calendar months counts months / 12, so every quarter is exactly 0.25 of a
 * year whatever its days; any other period counts its days / 365.
 */
export function periodYears(startDate: string, lastDay: string): number {
  const start = parseIsoDate(startDate);
  const last = parseIsoDate(lastDay);
  const dayAfter = new Date(last.getTime() + 86_400_000);
  if (start.getUTCDate() === 1 && dayAfter.getUTCDate() === 1) {
    const months = (dayAfter.getUTCFullYear() - start.getUTCFullYear()) * 12 + (dayAfter.getUTCMonth() - start.getUTCMonth());
    if (months > 0) return months / 12;
  }
  const days = Math.round((dayAfter.getTime() - start.getTime()) / 86_400_000);
  if (days <= 0) throw new RangeError(`A period must end on or after its first day (got ${startDate} to ${lastDay})`);
  return days / 365;
}

function parseIsoDate(iso: string): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime())) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return d;
}
