// The UI's fixed date and number forms (app/_components/ui/format.ts), with hand-written expectations.
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatNumber, formatSigned, formatYears } from "@/app/_components/ui/format";

describe("dates", () => {
  it("prints a calendar day the same wherever the reader is", () => {
    expect(formatDate("2026-09-03")).toBe("3 Sep 2026");
    expect(formatDate("2027-12-31")).toBe("31 Dec 2027");
  });

  it("prints a moment in local time, with zero-padded hours and minutes", () => {
    expect(formatDateTime(new Date(2026, 0, 5, 9, 7).getTime())).toBe("5 Jan 2026, 09:07");
    expect(formatDateTime(new Date(2026, 10, 23, 23, 59).getTime())).toBe("23 Nov 2026, 23:59");
  });

  it("refuses an invalid date instead of printing nonsense", () => {
    expect(() => formatDate("not-a-date")).toThrow(RangeError);
  });
});

describe("numbers", () => {
  it("formats money without cents and a dash for missing values", () => {
    expect(formatMoney(1234567, "EUR")).toBe("€1,234,567");
    expect(formatMoney(null)).toBe("—");
  });

  it("rounds to the digits asked and signs with a real minus", () => {
    expect(formatNumber(3.14159, 2)).toBe("3.14");
    expect(formatSigned(3.2)).toBe("+3.2");
    expect(formatSigned(-1)).toBe("−1.0");
  });

  // Issue 14: "-18.95" beside "−37.9", "Payback 1 years", and €2m on one surface where another said €1.71m.
  it("writes every figure with one minus sign, one rounding rule and the right plural", () => {
    expect(formatNumber(-18.954, 2)).toBe("−18.95");
    expect(formatSigned(1.005, 2)).toBe("+1.01");
    expect(formatMoney(-1234, "EUR")).toBe("−€1,234");
    expect(formatMoney(1_710_000, "EUR", { compact: true })).toBe("€1.71m");
    expect(formatYears(1)).toBe("1 year");
    expect(formatYears(2.34)).toBe("2.3 years");
  });
});
