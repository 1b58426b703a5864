// docs/scoring.md section 8, digit for digit.
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL, scorePortfolio, type PortfolioInput } from "@/server/scoring";

const input: PortfolioInput = {
  model: DEFAULT_MODEL,
  categories: [
    { id: "A", weight: 2 },
    { id: "B", weight: 1 },
  ],
  moments: [
    { id: "m1", categoryId: "A", importance: 5, performance: 2 },
    { id: "m2", categoryId: "B", importance: 4, performance: 4 },
  ],
  initiatives: [
    {
      id: "x",
      costReduction: { low: 500_000, likely: 500_000, high: 500_000 },
      revenueGrowth: { low: 200_000, likely: 200_000, high: 200_000 },
      effects: [
        { momentId: "m1", effect: 3 },
        { momentId: "m2", effect: -1 },
      ],
      investment: 300_000,
      effort: 10,
      durationPeriods: 1,
      confidence: 0.8,
      dependsOn: [],
      status: "proposed",
    },
  ],
};

describe("worked example of docs/scoring.md section 8", () => {
  const [x] = scorePortfolio(input);

  it("has the link weights, factors and contributions of the text", () => {
    expect(x!.breakdown.links).toHaveLength(2);
    const [m1, m2] = x!.breakdown.links;
    expect(m1).toMatchObject({ momentId: "m1", categoryId: "A", effect: 3 });
    expect(m1!.weight).toBeCloseTo(0.8, 12); // 5 × 4 / 25
    expect(m1!.categoryFactor).toBe(1);
    expect(m1!.contribution).toBeCloseTo(0.8, 12);
    expect(m2).toMatchObject({ momentId: "m2", categoryId: "B", effect: -1 });
    expect(m2!.weight).toBeCloseTo(0.8, 12); // 4 / 5
    expect(m2!.categoryFactor).toBe(0.5);
    expect(m2!.contribution).toBeCloseTo(-0.133333333333, 10);
  });

  it("scores the three crowns", () => {
    expect(x!.scores.experience).toBeCloseTo(6.6667, 4);
    expect(x!.scores.cost).toBeCloseTo(5, 12);
    expect(x!.scores.revenue).toBeCloseTo(2, 12);
  });

  it("has B, valueScore and priority", () => {
    expect(x!.breakdown.benefit).toBeCloseTo(4.76667, 5);
    expect(x!.valueScore).toBeCloseTo(38.1333, 4);
    expect(x!.priority).toBeCloseTo(3.81333, 5);
    expect(x!.rank).toBe(1);
  });

  it("is a triple crown that does not harm the experience", () => {
    expect(x!.crowns).toBe(3);
    expect(x!.tripleCrown).toBe(true);
    expect(x!.flags).toEqual({ harmsExperience: false, notLinkedToOutcome: false });
  });

  it("has the finance figures", () => {
    expect(x!.netAnnualBenefit).toBeCloseTo(580_000, 9);
    expect(x!.npv).toBeCloseTo(1_194_716.25, 2);
    expect(x!.paybackYears).toBeCloseTo(0.5172, 4);
  });

  it("explains valueScore as three weighted parts", () => {
    const { experience, cost, revenue } = x!.breakdown;
    // 0.8 × 40 × 6.6667 / 10, 0.8 × 30 × 5 / 10, 0.8 × 30 × 2 / 10
    expect(experience.part).toBeCloseTo(21.3333, 4);
    expect(cost.part).toBeCloseTo(12, 12);
    expect(revenue.part).toBeCloseTo(4.8, 12);
    expect(experience.weight).toBe(40);
    expect(cost.weight).toBe(30);
    expect(revenue.weight).toBe(30);
    expect(x!.breakdown.confidence).toBe(0.8);
    expect(experience.part + cost.part + revenue.part).toBeCloseTo(38.1333, 4);
  });
});
