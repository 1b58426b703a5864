import { describe, expect, it } from "vitest";
import { periodYears } from "@/server/scoring";

describe("periodYears", () => {
  it("counts whole calendar months as twelfths, whatever their days", () => {
    expect(periodYears("2026-01-01", "2026-03-31")).toBe(0.25); // 90 days
    expect(periodYears("2026-07-01", "2026-09-30")).toBe(0.25); // 92 days
    expect(periodYears("2026-02-01", "2026-02-28")).toBe(1 / 12);
    expect(periodYears("2024-01-01", "2024-12-31")).toBe(1); // a leap year is still one year
    expect(periodYears("2026-11-01", "2027-04-30")).toBe(0.5); // across a year end
  });

  it("counts days over 365 for any other period", () => {
    expect(periodYears("2026-01-15", "2026-04-14")).toBe(90 / 365);
    expect(periodYears("2026-03-01", "2026-03-01")).toBe(1 / 365);
    expect(periodYears("2026-01-01", "2026-01-14")).toBe(14 / 365); // starts on a first but does not end a month
  });

  it("refuses a period that ends before it starts, and dates that are not dates", () => {
    expect(() => periodYears("2026-04-01", "2026-03-31")).toThrow(RangeError);
    expect(() => periodYears("2026-13-01", "2026-12-31")).toThrow(RangeError);
    expect(() => periodYears("1 March", "2026-12-31")).toThrow(RangeError);
  });
});
