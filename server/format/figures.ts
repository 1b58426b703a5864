import { formatCurrency, formatCurrencyCompact, formatDecimal } from "./number-format";

/**
 * How every surface writes a figure: the app, the share page, the board pack
 * (PDF/HTML) and anything else a reader compares. One rounding rule (ICU's
 * half-expand, number-format.ts) and one minus sign (U+2212, which the parser
 * also reads), so the same number reads the same everywhere.
 */

const MINUS = "−";

/** "-12" → "−12"; a figure that rounds to zero carries no sign ("−0" would read as a loss). */
function withMinus(text: string): string {
  if (!text.startsWith("-")) return text;
  const unsigned = text.slice(1);
  return /^[^\d]*0(\.0+)?$/.test(unsigned.replace(/,/g, "")) ? unsigned : MINUS + unsigned;
}

const missing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value);

/**
 * Money in the workspace currency, whole units ("€1,234,567"); `compact` is the
 * short form for headline figures and narrow cells: three significant digits
 * from ten thousand up ("€1.71m", "€725k"), so a board reads €1.71m, not €2m.
 */
export function formatMoney(value: number | null | undefined, currency = "EUR", opts: { compact?: boolean } = {}): string {
  if (missing(value)) return "—";
  if (opts.compact && Math.abs(value) >= 10_000) return withMinus(formatCurrencyCompact(value, currency, { significantDigits: 3 }));
  return withMinus(formatCurrency(value, currency));
}

/** The short money form (see formatMoney's `compact`). */
export function formatMoneyShort(value: number | null | undefined, currency = "EUR"): string {
  return formatMoney(value, currency, { compact: true });
}

/** A number with at most `digits` decimals, grouped: "1,234.5", "−18.95". */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (missing(value)) return "—";
  return withMinus(formatDecimal(value, digits));
}

/** Exactly `digits` decimals and always a sign: "+3.2", "−1.0", "0.0". Same rounding as formatNumber. */
export function formatSigned(value: number, digits = 1): string {
  const unsigned = formatDecimal(Math.abs(value), digits);
  const [whole, fraction = ""] = unsigned.split(".");
  const text = digits > 0 ? `${whole}.${fraction.padEnd(digits, "0")}` : whole!;
  if (/^[0.,]+$/.test(text)) return text;
  return value > 0 ? `+${text}` : `${MINUS}${text}`;
}

/** "45%", from a value already in percent. */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  if (missing(value)) return "—";
  return `${formatNumber(value, digits)}%`;
}

/** A span of years, singular when it reads as one: "1 year", "0.5 years", "2.3 years". */
export function formatYears(value: number, digits = 1): string {
  const text = formatNumber(value, digits);
  return `${text} ${text === "1" ? "year" : "years"}`;
}
