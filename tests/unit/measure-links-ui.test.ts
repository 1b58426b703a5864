import { describe, expect, it } from "vitest";
import { markPosition } from "@/app/_components/measure/finish-marks";
import {
  directionHint,
  expectationText,
  expectedDatePassed,
  readingText,
  signedWithUnit,
} from "@/app/_components/initiative/measure-link-words";

const period = { id: "p3", index: 2, label: "Q3 2027", startDate: "2027-07-01", lastDay: "2027-09-30" };

describe("measure link wording", () => {
  it("writes the expectation with its sign, the unit and the 'by' period", () => {
    expect(expectationText({ expectedChange: 8, unit: "points", byPeriod: period })).toBe("Expects +8 points by Q3 2027");
    expect(expectationText({ expectedChange: -2.5, unit: "days", byPeriod: null })).toBe("Expects −2.5 days");
    expect(expectationText({ expectedChange: 1500, unit: "", byPeriod: null })).toBe("Expects +1,500");
    expect(signedWithUnit(-3, "%")).toBe("−3 %");
  });

  it("says whether the change is the better way for the measure", () => {
    expect(directionHint("NPS", "higher_is_better", 8)).toBe("An improvement: NPS is better when higher.");
    expect(directionHint("Days to repair", "lower_is_better", -2)).toBe("An improvement: Days to repair is better when lower.");
    expect(directionHint("NPS", "higher_is_better", -1)).toBe("Careful: that moves NPS the worse way (it is better when higher).");
    expect(directionHint("NPS", "higher_is_better", null)).toBe("NPS is better when higher: type a rise as +8, a fall as −2.");
  });

  it("names a before value read from the baseline, and a dated one by its date", () => {
    const date = (d: string) => `<${d}>`;
    expect(readingText({ date: null, value: 70 }, "%", date)).toBe("70 % (baseline)");
    expect(readingText({ date: "2026-08-15", value: 78.5 }, "%", date)).toBe("78.5 % on <2026-08-15>");
  });

  it("the expected date has passed only after the last day of the 'by' period", () => {
    expect(expectedDatePassed({ byPeriod: period }, "2027-09-30")).toBe(false);
    expect(expectedDatePassed({ byPeriod: period }, "2027-10-01")).toBe(true);
    expect(expectedDatePassed({ byPeriod: null }, "2030-01-01")).toBe(false);
  });
});

describe("markPosition", () => {
  // Three readings: at x = 1, 50 and 99 of the sparkline's 100 across.
  const dates = ["2026-01-01", "2026-01-11", "2026-03-01"];

  it("places a date between two readings in proportion to the days", () => {
    expect(markPosition(dates, "2026-01-06")).toBe(25.5);
    expect(markPosition(dates, "2026-01-11")).toBe(50);
  });

  it("puts a date outside the readings at the nearer end", () => {
    expect(markPosition(dates, "2025-12-01")).toBe(1);
    expect(markPosition(dates, "2026-06-30")).toBe(99);
  });
});
