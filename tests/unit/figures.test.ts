// The one way every surface writes figures and words (server/format/figures.ts, words.ts), hand-worked.
import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyShort, formatNumber, formatPercent, formatSigned, formatYears } from "@/server/format/figures";
import { confidenceLabel, robustnessLabel, statusLabel } from "@/server/format/words";

describe("money", () => {
  it("keeps three significant digits in the short form, so a board reads €1.71m and not €2m", () => {
    expect(formatMoney(1_710_000, "EUR", { compact: true })).toBe("€1.71m");
    expect(formatMoneyShort(2_714_321, "EUR")).toBe("€2.71m");
    expect(formatMoneyShort(725_400, "GBP")).toBe("£725k");
    expect(formatMoneyShort(9_999, "EUR")).toBe("€9,999");
  });

  it("writes a loss with the one minus sign", () => {
    expect(formatMoney(-1234, "GBP")).toBe("−£1,234");
    expect(formatMoneyShort(-15_000, "EUR")).toBe("−€15k");
    expect(formatMoney(-0.4, "EUR")).toBe("€0");
    expect(formatMoney(null)).toBe("—");
  });
});

describe("numbers", () => {
  it("uses the one minus sign and the same rounding for plain and signed figures", () => {
    expect(formatNumber(-18.954, 2)).toBe("−18.95");
    expect(formatSigned(-37.94, 1)).toBe("−37.9");
    expect(formatNumber(-0.004, 2)).toBe("0");
    // Half away from zero on the decimal the reader sees (toFixed said "1.00" for 1.005).
    expect(formatSigned(1.005, 2)).toBe("+1.01");
    expect(formatNumber(1.005, 2)).toBe("1.01");
    expect(formatSigned(0, 1)).toBe("0.0");
    expect(formatSigned(-0.04, 1)).toBe("0.0");
    expect(formatSigned(1234.5, 1)).toBe("+1,234.5");
    expect(formatSigned(3, 0)).toBe("+3");
    expect(formatPercent(42.5, 0)).toBe("43%");
  });

  it("says year for one and years otherwise", () => {
    expect(formatYears(1)).toBe("1 year");
    expect(formatYears(0.96)).toBe("1 year");
    expect(formatYears(0.5)).toBe("0.5 years");
    expect(formatYears(2.34)).toBe("2.3 years");
    expect(formatYears(2)).toBe("2 years");
  });
});

describe("words", () => {
  it("names robustness, confidence and status the same everywhere", () => {
    expect(robustnessLabel(true)).toBe("Robust");
    expect(robustnessLabel(false)).toBe("Fragile");
    expect(robustnessLabel(null)).toBe("—");
    expect(confidenceLabel(1)).toBe("High");
    expect(confidenceLabel(0.8)).toBe("Medium");
    expect(confidenceLabel(0.5)).toBe("Low");
    expect(confidenceLabel(0.65)).toBe("65%");
    expect(statusLabel("in_progress")).toBe("In progress");
  });
});
