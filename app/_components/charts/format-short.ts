import { formatCurrency, formatCurrencyCompact } from "@/server/format/number-format";

/**
 * Money in a short form that stays honest: three significant digits
 * ("€2.48m", "€725k", "€15k"), where the shared formatMoney's compact form
 * rounds to whole units ("€2.48m" would read "€2m").
 */
export function formatMoneyShort(value: number | null | undefined, currency = "EUR"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (Math.abs(value) < 10_000) {
    return formatCurrency(value, currency);
  }
  return formatCurrencyCompact(value, currency, { significantDigits: 3 });
}
