import { describe, expect, it } from "vitest";
import { measureVerdict, type VerdictInput } from "@/server/scoring";

// An initiative that finished in Q2 2026 (1 April to 30 June), expected to raise a measure by 8 points.
const base: VerdictInput = {
  expectedChange: 8,
  baseline: 60,
  readings: [],
  finishStart: "2026-04-01",
  finishEnd: "2026-06-30",
};
const at = (date: string, value: number) => ({ date, value });

describe("measureVerdict (hand-worked)", () => {
  it("is delivered at 90 % or more of the expected change", () => {
    const r = measureVerdict({ ...base, readings: [at("2026-03-31", 70), at("2026-05-15", 72), at("2026-09-30", 77.2)] });
    // before: 31 March (70), the reading inside the finish period is neither; after: 30 September (77.2).
    expect(r.before).toEqual({ date: "2026-03-31", value: 70 });
    expect(r.after).toEqual({ date: "2026-09-30", value: 77.2 });
    expect(r.observed).toBeCloseTo(7.2, 12);
    expect(r.achieved).toBeCloseTo(0.9, 12);
    expect(r.verdict).toBe("delivered");
  });

  it("is partly delivered from 25 % up to 90 %", () => {
    expect(measureVerdict({ ...base, readings: [at("2026-03-31", 70), at("2026-07-31", 74)] }).verdict).toBe("partly"); // 50 %
    expect(measureVerdict({ ...base, readings: [at("2026-03-31", 70), at("2026-07-31", 72)] }).verdict).toBe("partly"); // exactly 25 %
  });

  it("is not yet below 25 %, and when the measure moved the wrong way", () => {
    expect(measureVerdict({ ...base, readings: [at("2026-03-31", 70), at("2026-07-31", 71)] }).verdict).toBe("not_yet");
    const worse = measureVerdict({ ...base, readings: [at("2026-03-31", 70), at("2026-07-31", 66)] });
    expect(worse.verdict).toBe("not_yet");
    expect(worse.achieved).toBe(-0.5);
  });

  it("reads a lower-is-better expectation by its sign", () => {
    // Expected −6 minutes; 14.2 → 13.7 is −0.5, 8 % of it: not yet. 14.2 → 8 is −6.2: delivered.
    const minutes = { ...base, expectedChange: -6, baseline: 14 };
    expect(measureVerdict({ ...minutes, readings: [at("2026-03-31", 14.2), at("2026-09-30", 13.7)] }).verdict).toBe("not_yet");
    expect(measureVerdict({ ...minutes, readings: [at("2026-03-31", 14.2), at("2026-09-30", 8)] }).verdict).toBe("delivered");
  });

  it("takes the baseline as the value before when nothing was read before the finish period", () => {
    const r = measureVerdict({ ...base, readings: [at("2026-08-01", 66)] });
    expect(r.before).toEqual({ date: null, value: 60 });
    expect(r.achieved).toBe(0.75);
    expect(r.verdict).toBe("partly");
  });

  it("is not measured without a reading after the finish period, or without any value before it", () => {
    const noAfter = measureVerdict({ ...base, readings: [at("2026-03-31", 70), at("2026-06-30", 80)] });
    expect(noAfter).toEqual({
      verdict: "not_measured",
      before: { date: "2026-03-31", value: 70 },
      after: null,
      observed: null,
      achieved: null,
    });
    const noBefore = measureVerdict({ ...base, baseline: null, readings: [at("2026-09-30", 80)] });
    expect(noBefore.verdict).toBe("not_measured");
    expect(noBefore.after).toEqual({ date: "2026-09-30", value: 80 });
    expect(measureVerdict({ ...base, readings: [] }).verdict).toBe("not_measured");
  });

  it("takes the latest reading on each side whatever their order, and the later-listed one on the same date", () => {
    const r = measureVerdict({
      ...base,
      readings: [at("2026-10-31", 79), at("2026-01-31", 65), at("2026-12-31", 78), at("2026-03-01", 69), at("2026-12-31", 80)],
    });
    expect(r.before).toEqual({ date: "2026-03-01", value: 69 });
    expect(r.after).toEqual({ date: "2026-12-31", value: 80 });
  });

  it("refuses an expected change of 0", () => {
    expect(() => measureVerdict({ ...base, expectedChange: 0 })).toThrow(RangeError);
    expect(() => measureVerdict({ ...base, expectedChange: Number.NaN })).toThrow(RangeError);
  });
});
