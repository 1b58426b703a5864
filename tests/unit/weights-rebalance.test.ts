import { describe, expect, it } from "vitest";
import { rebalance } from "@/app/_components/scoringModel/rebalance";

describe("rebalance (the linked weight sliders)", () => {
  it("shares the rest of 100 in proportion to the other two weights", () => {
    // 40/30/30 → experience 60: the rest 40 splits 30:30 → 20/20.
    expect(rebalance({ experience: 40, cost: 30, revenue: 30 }, "experience", 60)).toEqual({ experience: 60, cost: 20, revenue: 20 });
    // 40/30/30 → cost 50: the rest 50 splits 40:30 → 28.57 → 29 and 21.
    expect(rebalance({ experience: 40, cost: 30, revenue: 30 }, "cost", 50)).toEqual({ experience: 29, cost: 50, revenue: 21 });
  });

  it("splits equally when the other two are both 0, and keeps whole numbers summing to 100", () => {
    expect(rebalance({ experience: 100, cost: 0, revenue: 0 }, "experience", 39)).toEqual({ experience: 39, cost: 31, revenue: 30 });
    expect(rebalance({ experience: 50, cost: 50, revenue: 0 }, "experience", 0)).toEqual({ experience: 0, cost: 100, revenue: 0 });
  });

  it("clamps and rounds the moved weight", () => {
    expect(rebalance({ experience: 40, cost: 30, revenue: 30 }, "revenue", 130)).toEqual({ experience: 0, cost: 0, revenue: 100 });
    expect(rebalance({ experience: 40, cost: 30, revenue: 30 }, "revenue", -5)).toEqual({ experience: 57, cost: 43, revenue: 0 });
    expect(rebalance({ experience: 40, cost: 30, revenue: 30 }, "revenue", 29.6)).toEqual({ experience: 40, cost: 30, revenue: 30 });
  });
});
