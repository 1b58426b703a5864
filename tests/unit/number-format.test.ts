// The hand-written en-GB number forms (server/format/number-format.ts) against Intl.NumberFormat itself:
// whatever number fast-check picks, the text must be Intl's, character for character.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCurrency, formatCurrencyCompact, formatDecimal } from "@/server/format/number-format";

const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat("en-GB", options);

// Every magnitude the app shows, from cents to a thousand trillion, plus the awkward ones: halves at each digit
// (1.005, 999.5, 999,500), negative zero, tiny and huge.
const anyNumber = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
  fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: -6, max: 12 })).map(([m, e]) => (m + 0.5) * 10 ** e),
  fc.constantFrom(0, -0, 1.005, 2.675, 999.5, 999_500, 999_499.9, 9_999_500, 999_999_999_999.5, 1e-7, -0.04, 5e-324),
);
const currency = fc.constantFrom("EUR", "GBP", "USD", "JPY", "AUD", "CAD", "NZD", "INR", "CNY", "BRL", "CHF", "XYZ");
const runs = { numRuns: 3_000 };

describe("number forms match Intl's en-GB output", () => {
  it("decimals, for 0–4 fraction digits", () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({ min: 0, max: 4 }), (value, digits) => {
        expect(formatDecimal(value, digits)).toBe(intl({ maximumFractionDigits: digits }).format(value));
      }),
      runs,
    );
  });

  it("money in whole units", () => {
    fc.assert(
      fc.property(anyNumber, currency, (value, code) => {
        expect(formatCurrency(value, code)).toBe(intl({ style: "currency", currency: code, maximumFractionDigits: 0 }).format(value));
      }),
      runs,
    );
  });

  it("compact money in whole units of the suffix", () => {
    fc.assert(
      fc.property(anyNumber, currency, (value, code) => {
        expect(formatCurrencyCompact(value, code, { fractionDigits: 0 })).toBe(
          intl({ style: "currency", currency: code, notation: "compact", maximumFractionDigits: 0 }).format(value),
        );
      }),
      runs,
    );
  });

  it("compact money to 1–4 significant digits", () => {
    fc.assert(
      fc.property(anyNumber, currency, fc.integer({ min: 1, max: 4 }), (value, code, significantDigits) => {
        expect(formatCurrencyCompact(value, code, { significantDigits })).toBe(
          intl({ style: "currency", currency: code, notation: "compact", maximumSignificantDigits: significantDigits }).format(value),
        );
      }),
      runs,
    );
  });

  it("spells out the cases a reader sees most", () => {
    expect(formatDecimal(1234.5678, 2)).toBe("1,234.57");
    expect(formatDecimal(1.005, 2)).toBe("1.01");
    expect(formatCurrency(-1234, "GBP")).toBe("-£1,234");
    expect(formatCurrencyCompact(999_500, "EUR", { fractionDigits: 0 })).toBe("€1m");
    expect(formatCurrencyCompact(2_480_000, "USD", { significantDigits: 3 })).toBe("US$2.48m");
  });
});
