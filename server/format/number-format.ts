/**
 * The UI's en-GB number forms, without Intl in the common cases.
 *
 * A page's first `Intl.NumberFormat` loads ICU's locale data: 30–70 ms of main
 * thread in a fresh Chromium tab, before any CPU slowdown (decision 014). Every
 * scorecard, roadmap and canvas page formats numbers while it hydrates, so that
 * cost landed in its longest task. These functions give the same text as
 * `Intl.NumberFormat("en-GB", …)` (tests/unit/number-format.test.ts compares
 * them property by property) and fall back to Intl for what they do not know: a
 * currency outside the table below, or a compact figure of a thousand trillion
 * and more.
 */

/** ICU's en-GB prefixes; any other code is written by Intl itself ("CHF 1,234", with a no-break space). */
const CURRENCY_PREFIX: Readonly<Record<string, string>> = {
  EUR: "€",
  GBP: "£",
  USD: "US$",
  JPY: "JP¥",
  AUD: "A$",
  CAD: "CA$",
  NZD: "NZ$",
  INR: "₹",
  CNY: "CN¥",
  BRL: "R$",
};

/** en-GB's short compact suffixes: thousand, million, billion, trillion. */
const COMPACT_SUFFIX = ["", "k", "m", "bn", "tn"] as const;

const intlFormats = new Map<string, Intl.NumberFormat>();

/** The Intl fallback: one instance per set of options, kept for the life of the page. */
function intl(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = intlFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", options);
    intlFormats.set(key, format);
  }
  return format;
}

/**
 * A non-negative finite number as decimal digits with the point after `int` of
 * them (`int` may be <= 0 or beyond the digits). The digits are JavaScript's
 * shortest round-trip form, the one ICU rounds: 1.005 is "1005", int 1, so it
 * rounds up to 1.01 as Intl does (toFixed would give 1.00).
 */
type Decimal = { digits: string; int: number };

function toDecimal(abs: number): Decimal {
  const [mantissa, exponent] = String(abs).split("e") as [string, string | undefined];
  const dot = mantissa.indexOf(".");
  const raw = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let int = (dot < 0 ? mantissa.length : dot) + (exponent ? Number(exponent) : 0);
  const leading = /^0*/.exec(raw)![0].length;
  int -= leading;
  const digits = raw.slice(leading).replace(/0+$/, "");
  return digits ? { digits, int } : { digits: "", int: 0 };
}

/** Rounds half away from zero, keeping `keep` leading digits (ICU's default "half expand"). */
function roundDigits({ digits, int }: Decimal, keep: number): Decimal {
  if (keep < 0) return { digits: "", int: 0 };
  if (digits.length <= keep) return { digits, int };
  let kept = digits.slice(0, keep);
  if (digits[keep]! >= "5") {
    // Add one in the last kept place; a carry out of the first digit lengthens the number (999.5 -> 1000).
    const out = kept.split("");
    let i = out.length - 1;
    while (i >= 0 && out[i] === "9") out[i--] = "0";
    if (i < 0) return { digits: "1", int: int + 1 };
    out[i] = String(Number(out[i]) + 1);
    kept = out.join("");
  }
  kept = kept.replace(/0+$/, "");
  return kept ? { digits: kept, int } : { digits: "", int: 0 };
}

const toFraction = (d: Decimal, fractionDigits: number) => roundDigits(d, d.int + fractionDigits);

/** "1,234.5": grouped in threes, no trailing zeros after the point. */
function write({ digits, int }: Decimal, group = true): string {
  const intDigits = int <= 0 ? "0" : digits.slice(0, int) + "0".repeat(Math.max(0, int - digits.length));
  const fraction = int >= digits.length ? "" : "0".repeat(Math.max(0, -int)) + digits.slice(Math.max(0, int));
  const grouped = group ? intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : intDigits;
  return fraction ? `${grouped}.${fraction}` : grouped;
}

const minus = (value: number) => (value < 0 || Object.is(value, -0) ? "-" : "");

/** Like `Intl.NumberFormat("en-GB", { maximumFractionDigits })`. */
export function formatDecimal(value: number, maximumFractionDigits: number): string {
  if (Math.abs(value) >= 1e21) return intl({ maximumFractionDigits }).format(value);
  return minus(value) + write(toFraction(toDecimal(Math.abs(value)), maximumFractionDigits));
}

/** Like `Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: 0 })`. */
export function formatCurrency(value: number, currency: string): string {
  const prefix = CURRENCY_PREFIX[currency];
  if (prefix === undefined || Math.abs(value) >= 1e21) {
    return intl({ style: "currency", currency, maximumFractionDigits: 0 }).format(value);
  }
  return minus(value) + prefix + write(toFraction(toDecimal(Math.abs(value)), 0));
}

/**
 * Like Intl's compact currency ("€1.23m", "€15k"): rounded to whole units of the
 * suffix (`{ fractionDigits: 0 }`) or to significant digits (`{ significantDigits: 3 }`).
 */
export function formatCurrencyCompact(
  value: number,
  currency: string,
  round: { fractionDigits: 0 } | { significantDigits: number },
): string {
  const prefix = CURRENCY_PREFIX[currency];
  // From a thousand trillion up ICU stops grouping ("€2000tn"); nobody plans that much, so Intl can say it.
  if (prefix === undefined || Math.abs(value) >= 1e15) {
    const digits = "fractionDigits" in round ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: round.significantDigits };
    return intl({ style: "currency", currency, notation: "compact", ...digits }).format(value);
  }
  const exact = toDecimal(Math.abs(value));
  const roundScaled = (tier: number) => {
    const scaled = { digits: exact.digits, int: exact.int - 3 * tier };
    return "fractionDigits" in round ? toFraction(scaled, 0) : roundDigits(scaled, round.significantDigits);
  };
  let tier = Math.min(4, Math.max(0, Math.floor((exact.int - 1) / 3)));
  let rounded = roundScaled(tier);
  // Rounding up can reach the next suffix: 999.5 is "€1k" and 999,500 is "€1m", as in ICU.
  if (rounded.int > 3 && tier < 4) rounded = roundScaled(++tier);
  return minus(value) + prefix + write(rounded, false) + COMPACT_SUFFIX[tier];
}
