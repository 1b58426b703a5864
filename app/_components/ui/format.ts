import { format } from "date-fns";

/** Money in the workspace currency, no cents: estimates are yearly and rough. */
export function formatMoney(value: number | null | undefined, currency = "EUR", opts: { compact?: boolean } = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    maximumFractionDigits: 0,
    notation: opts.compact ? "compact" : "standard",
  }).format(value);
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(value);
}

/** +3.2 / −1.0: signed, with a real minus sign. */
export function formatSigned(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function formatPercent(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${value.toFixed(digits)}%`;
}

export function formatDateTime(epochMs: number): string {
  return format(epochMs, "d MMM yyyy, HH:mm");
}

export function formatDate(value: number | string): string {
  return format(typeof value === "string" ? new Date(`${value}T00:00:00`) : value, "d MMM yyyy");
}
