// Computed fields of a moment of truth (docs/scoring.md section 2).
import { describe, expect, it } from "vitest";
import { annualCost, gap, hotSpotScore, isHotSpot } from "@/server/scoring";

describe("moment helpers", () => {
  it.each([
    { importance: 5, performance: 1, gap: 1, hot: 100, isHot: true },
    { importance: 1, performance: 5, gap: 0.04, hot: 4, isHot: false },
    { importance: 4, performance: 2, gap: 0.64, hot: 64, isHot: true },
    { importance: 3, performance: 2, gap: 0.48, hot: 48, isHot: false },
    { importance: 4, performance: 3, gap: 0.48, hot: 48, isHot: false },
    { importance: 5, performance: 2, gap: 0.8, hot: 80, isHot: true },
    { importance: 2, performance: 4, gap: 0.16, hot: 16, isHot: false },
  ])("importance $importance, performance $performance", (m) => {
    expect(gap(m)).toBeCloseTo(m.gap, 12);
    expect(hotSpotScore(m)).toBe(m.hot);
    expect(isHotSpot(m)).toBe(m.isHot);
  });

  it("annual cost is volume × cost per interaction", () => {
    expect(annualCost({ volumePerYear: 12_000, costPerInteraction: 2.5 })).toBe(30_000);
    expect(annualCost({ volumePerYear: 0, costPerInteraction: 9 })).toBe(0);
  });
});
