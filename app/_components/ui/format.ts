// Figures are written the same way on every surface (app, share page, board pack): server/format is the one place.
export { formatMoney, formatMoneyShort, formatNumber, formatPercent, formatSigned, formatYears } from "@/server/format/figures";

// English month abbreviations as date-fns wrote them ("Sep", where Intl's en-GB now says "Sept"); a date
// formatter of our own keeps date-fns and its locale data (~6 KB gzipped) out of every page's first load.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** "3 Sep 2026" in the browser's time zone. */
function dayMonthYear(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${String(date.getFullYear()).padStart(4, "0")}`;
}

/** "3 Sep 2026, 14:05". */
export function formatDateTime(epochMs: number): string {
  const date = new Date(epochMs);
  return `${dayMonthYear(date)}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "3 Sep 2026"; a "YYYY-MM-DD" string is that calendar day wherever the reader is. */
export function formatDate(value: number | string): string {
  return dayMonthYear(typeof value === "string" ? new Date(`${value}T00:00:00`) : new Date(value));
}
