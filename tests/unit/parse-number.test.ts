// The one typed-number rule (server/format/parse-number.ts): it reads back everything the app's own formatter
// writes, and refuses what could mean two things with a message saying what to type.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCurrency, formatCurrencyCompact, formatDecimal } from "@/server/format/number-format";
import { parseNumber } from "@/server/format/parse-number";

const PREFIX: Record<string, string> = {
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
const currency = fc.constantFrom(...Object.keys(PREFIX));
const anyNumber = fc.oneof(
  fc.double({ min: -1e14, max: 1e14, noNaN: true }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
  fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: -6, max: 8 })).map(([m, e]) => (m + 0.5) * 10 ** e),
  fc.constantFrom(0, -0, 1.005, 999.5, 999_500, 12_000, -3_000, 1_200_000.5),
);
const runs = { numRuns: 2_000 };

function valueOf(text: string): number {
  const parsed = parseNumber(text);
  if (!parsed.ok) throw new Error(`refused ${JSON.stringify(text)}: ${parsed.message}`);
  if (parsed.value === null) throw new Error(`read ${JSON.stringify(text)} as empty`);
  return parsed.value;
}

/** The number a plain formatted text stands for, read without the parser: drop the sign, prefix and commas. */
function plainValue(text: string, prefix = ""): number {
  const negative = text.startsWith("-");
  const unsigned = (negative ? text.slice(1) : text).slice(prefix.length).replace(/,/g, "");
  expect(unsigned).toMatch(/^\d+(\.\d+)?$/);
  return negative ? -Number(unsigned) : Number(unsigned);
}

describe("parse(format(x)) gives back the number the text stands for", () => {
  it("decimals with 0–4 fraction digits, exactly", () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({ min: 0, max: 4 }), (x, digits) => {
        const text = formatDecimal(x, digits);
        const value = valueOf(text);
        expect(value).toBe(plainValue(text));
        expect(Math.abs(value - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits * (1 + 1e-9) + Math.abs(x) * 1e-15);
      }),
      runs,
    );
  });

  it("money in whole units in each currency, exactly", () => {
    fc.assert(
      fc.property(anyNumber, currency, (x, code) => {
        const text = formatCurrency(x, code);
        const value = valueOf(text);
        expect(value).toBe(plainValue(text, PREFIX[code]));
        expect(Math.abs(value - x)).toBeLessThanOrEqual(0.5 + Math.abs(x) * 1e-15);
      }),
      runs,
    );
  });

  it("compact money in whole units of the suffix, to within the rounding the suffix shows", () => {
    fc.assert(
      fc.property(anyNumber, currency, (x, code) => {
        const text = formatCurrencyCompact(x, code, { fractionDigits: 0 });
        const value = valueOf(text);
        const unit = { k: 1e3, m: 1e6, bn: 1e9, tn: 1e12 }[/(k|m|bn|tn)$/.exec(text)?.[1] ?? ""] ?? 1;
        expect(Number.isInteger(value / unit)).toBe(true);
        expect(Math.abs(value - x)).toBeLessThanOrEqual(0.5 * unit * (1 + 1e-9));
      }),
      runs,
    );
  });

  it("compact money to 1–4 significant digits, to within half a unit of the last digit", () => {
    fc.assert(
      fc.property(anyNumber, currency, fc.integer({ min: 1, max: 4 }), (x, code, significant) => {
        const text = formatCurrencyCompact(x, code, { significantDigits: significant });
        const value = valueOf(text);
        expect(Math.abs(value - x)).toBeLessThanOrEqual(Math.abs(x) * 0.5 * 10 ** (1 - significant) * (1 + 1e-9) + 1e-9);
      }),
      runs,
    );
  });
});

describe("what people type", () => {
  it.each([
    ["12,000", 12_000],
    ["20,000", 20_000],
    ["4,500", 4_500],
    ["1,200,000", 1_200_000],
    ["1,200,000.50", 1_200_000.5],
    ["€45,000", 45_000],
    ["-3,000", -3_000],
    ["−3,000", -3_000],
    ["-€3,000", -3_000],
    ["  12,000  ", 12_000],
    ["12000", 12_000],
    ["12.5", 12.5],
    ["0.75", 0.75],
    [".5", 0.5],
    ["0", 0],
    ["45k", 45_000],
    ["1.2m", 1_200_000],
    ["€1.23m", 1_230_000],
    ["£2bn", 2_000_000_000],
    ["US$15k", 15_000],
    ["1 200", 1_200],
  ])("reads %j as %d", (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected });
  });

  it("reads an empty field as no number", () => {
    expect(parseNumber("   ")).toEqual({ ok: true, value: null });
  });

  it.each([
    ["12,5", "Use a point for decimals: 12.5"],
    ["1,20,000", "Did you mean 120,000?"],
    ["1.200.000", "Use commas for thousands: 1,200,000"],
    ["12,000.5.3", "more than one decimal point"],
    ["1.234,5", "Use a point for decimals and commas for thousands: 1,234.5"],
    ["twelve", "is not a number"],
    ["12abc", "is not a number"],
    ["1e5", "is not a number"],
    ["€", "is not a number"],
    ["--3", "is not a number"],
    ["1,000 000", "mixes commas and spaces"],
  ])("refuses %j, saying %j", (text, part) => {
    const parsed = parseNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain(part);
      expect(parsed.message).toContain(`“${text.trim()}”`);
    }
  });

  it("never answers NaN or Infinity", () => {
    expect(parseNumber("9".repeat(400))).toEqual({ ok: false, message: `“${"9".repeat(400)}” is too large to be a number here.` });
  });
});
