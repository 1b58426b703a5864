// docs/scoring.md v2, section 3: a crown needs a score strictly above the model's
// crownThreshold (default 0.5; 0 gives v1). Hand-worked on one small initiative.
import { describe, expect, it } from "vitest";
import { planRoadmap, scorePortfolio, ScoringInputError, type ScoringModel } from "@/server/scoring";
import { fixed, initiative, model, periods, portfolio } from "./fixtures";

// Moment m: importance 5, performance 1, so gap = 5 × 5 / 25 = 1 (fixtures' portfolio()).
// x: effect +1 on m → s_E = 10 × (1/3) × 1 × 1 = 3.3333;
//    cost likely €45 / yr → s_C = 10 × 45 / 1,000,000 = 0.00045;
//    revenue likely 100,000 → s_R = 10 × 100,000 / 1,000,000 = 1.
// B = (40 × 3.33333 + 30 × 0.00045 + 30 × 1) / 100 = 1.63346833…; valueScore = 10 × B = 16.3346833…
const x = initiative("x", { effects: [{ momentId: "m", effect: 1 }], costReduction: fixed(45), revenueGrowth: fixed(100_000) });
const scoreWith = (over: Partial<ScoringModel>) => scorePortfolio(portfolio([x], { model: model(over) }))[0]!;

describe("crown threshold", () => {
  it.each([
    { threshold: 0, crowns: 3, why: "3.33, 0.00045 and 1 are all above 0 (v1: the €45 cost crown counts)" },
    { threshold: 0.5, crowns: 2, why: "0.00045 is not above 0.5" },
    { threshold: 1, crowns: 1, why: "s_R = 1 is not strictly above 1" },
    { threshold: 2, crowns: 1, why: "only s_E = 3.33 is above 2" },
    { threshold: 3.5, crowns: 0, why: "nothing is above 3.5" },
  ])("threshold $threshold gives $crowns crowns: $why", ({ threshold, crowns }) => {
    const r = scoreWith({ crownThreshold: threshold });
    expect(r.crowns).toBe(crowns);
    expect(r.tripleCrown).toBe(crowns === 3);
  });

  it("defaults to 0.5 when the model does not say (absent or null)", () => {
    expect(scoreWith({}).crowns).toBe(2);
    expect(scoreWith({ crownThreshold: null }).crowns).toBe(2);
  });

  it("changes no score, value or priority", () => {
    for (const threshold of [0, 0.5, 2]) {
      const r = scoreWith({ crownThreshold: threshold });
      expect(r.scores.experience).toBeCloseTo(10 / 3, 12);
      expect(r.scores.cost).toBeCloseTo(0.00045, 15);
      expect(r.scores.revenue).toBe(1);
      expect(r.valueScore).toBeCloseTo(16.3346833333, 9);
      expect(r.priority).toBeCloseTo(16.3346833333, 9);
    }
  });

  it("decides the roadmap's triple crowns too", () => {
    const plan = (threshold: number) => planRoadmap(portfolio([x], { model: model({ crownThreshold: threshold }) }), periods([5]));
    expect(plan(0).items[0]!.tripleCrown).toBe(true);
    expect(plan(0).totals.tripleCrownsScheduled).toBe(1);
    expect(plan(0.5).items[0]!.tripleCrown).toBe(false);
    expect(plan(0.5).totals.tripleCrownsScheduled).toBe(0);
  });

  it.each([-0.1, 10.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s with a message naming the field", (bad) => {
    expect(() => scoreWith({ crownThreshold: bad })).toThrow(ScoringInputError);
    expect(() => scoreWith({ crownThreshold: bad })).toThrow(/crownThreshold must be a number of points in 0\.\.10/);
  });

  it("accepts both ends, 0 and 10", () => {
    expect(scoreWith({ crownThreshold: 10 }).crowns).toBe(0);
    expect(scoreWith({ crownThreshold: 0 }).crowns).toBe(3);
  });

  it("rejects a threshold given as text", () => {
    expect(() => scoreWith({ crownThreshold: "1" as unknown as number })).toThrow(ScoringInputError);
  });
});
