/** Adds whole months to a YYYY-MM-DD date, keeping the day (clamped to the month's last day). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "Q1 2026": the calendar quarter the date falls in. */
export function quarterLabel(isoDate: string): string {
  const [y, m] = isoDate.split("-").map(Number) as [number, number];
  return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
}

/** count periods of three months each, starting on startDate. */
export function quarterPeriods(startDate: string, count: number): { label: string; startDate: string }[] {
  return Array.from({ length: count }, (_, k) => {
    const date = addMonths(startDate, 3 * k);
    return { label: quarterLabel(date), startDate: date };
  });
}

/** The first day of the calendar quarter containing the date. */
export function quarterStart(isoDate: string): string {
  const [y, m] = isoDate.split("-").map(Number) as [number, number];
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
}
