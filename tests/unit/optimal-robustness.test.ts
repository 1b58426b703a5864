// planRobustness: the optimal plan of each Monte Carlo sample (docs/scoring.md section 5), and per open initiative
// the share of samples whose plan holds it. Cost-only model: valued(id, v) has valueScore v; an estimate of
// (low, likely, high) × 10,000 samples valueScore from the triangle (low, likely, high).
import { describe, expect, it } from "vitest";
import { optimizePlan, planRobustness, simulatePortfolio } from "@/server/scoring";
import { costOnly, initiative, periods, valued } from "./scoring/fixtures";

const estimate = (low: number, likely: number, high: number) => ({ low: low * 10_000, likely: likely * 10_000, high: high * 10_000 });

describe("planRobustness", () => {
  it("with fixed estimates every sample is the same portfolio: shares are 0 or 1, those of the optimal plan", async () => {
    // One period of 10: b + c (7 + 7) beat a (12), as in the hand-worked case (a) of the optimal plan.
    const input = costOnly([valued("a", 12, { effort: 8 }), valued("b", 7, { effort: 5 }), valued("c", 7, { effort: 5 })]);
    const result = await planRobustness(input, periods([10]), { samples: 20, seed: 1 });
    expect(result.samples).toBe(20);
    expect(result.optimalSamples).toBe(20);
    expect(result.rows).toEqual([
      { id: "a", rank: 1, share: 0, verdict: "robust_out" },
      { id: "b", rank: 2, share: 1, verdict: "robust_in" },
      { id: "c", rank: 3, share: 1, verdict: "robust_in" },
    ]);
    const plan = await optimizePlan(input, periods([10]));
    expect(plan.items.map((i) => [i.id, i.scheduled])).toEqual([
      ["a", false],
      ["b", true],
      ["c", true],
    ]);
  });

  it("two initiatives for one slot, one certain (10) and one uncertain around 10: each is borderline, one per sample", async () => {
    // b's value is symmetric around 10 (5..15), so either may win a sample; exactly one fits each time.
    const input = costOnly([valued("a", 10), initiative("b", { costReduction: estimate(5, 10, 15) })]);
    const result = await planRobustness(input, periods([1]), { samples: 60, seed: 7 });
    const share = Object.fromEntries(result.rows.map((r) => [r.id, r.share]));
    expect(share.a! + share.b!).toBeCloseTo(1, 12);
    expect(result.rows.map((r) => r.verdict)).toEqual(["borderline", "borderline"]);
  });

  it("draws sample r as simulatePortfolio draws run r: x alone is planned exactly when its sampled value is positive", async () => {
    // x may be worth −10 .. +10; it fits, so a sample's plan holds it exactly when its sampled value is > 0.
    // A one-run simulation with the same seed reports that sampled value as its median.
    const input = costOnly([initiative("x", { costReduction: estimate(-10, 0, 10) }), valued("y", 1, { status: "done", startPeriod: -1 })]);
    for (let seed = 1; seed <= 12; seed++) {
      const [row] = simulatePortfolio(input, { runs: 1, seed });
      const result = await planRobustness(input, periods([5]), { samples: 1, seed });
      expect(result.rows).toEqual([{ id: "x", rank: 1, share: row!.p50 > 0 ? 1 : 0, verdict: row!.p50 > 0 ? "robust_in" : "robust_out" }]);
    }
  });

  it("counts in-progress and pinned work as always in the plan", async () => {
    const input = costOnly([
      valued("run", -3, { status: "in_progress", startPeriod: 0 }),
      valued("pin", 2, { status: "approved", pinnedPeriod: 1 }),
    ]);
    const result = await planRobustness(input, periods([5, 5]), { samples: 3, seed: 2 });
    expect(result.rows.map((r) => [r.id, r.share])).toEqual([
      ["pin", 1],
      ["run", 1],
    ]);
  });

  it.each([
    [{ samples: 0, seed: 1 }, "options.samples"],
    [{ samples: 201, seed: 1 }, "options.samples"],
    [{ samples: 2.5, seed: 1 }, "options.samples"],
    [{ samples: 5, seed: 0.5 }, "options.seed"],
    [{ samples: 5, seed: 1, timeLimitMs: 99 }, "options.timeLimitMs"],
    [{ samples: 5, seed: 1, currentPeriod: -0.5 }, "options.currentPeriod"],
  ])("refuses %j", async (options, path) => {
    await expect(planRobustness(costOnly([valued("a", 1)]), periods([5]), options)).rejects.toMatchObject({ issues: [{ path }] });
  });
});
