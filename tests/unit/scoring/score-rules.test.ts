// Table-driven hand-worked cases for every rule of docs/scoring.md section 3.
import { describe, expect, it } from "vitest";
import { scorePortfolio, type EffectLink, type InitiativeInput, type PortfolioInput } from "@/server/scoring";
import { fixed, initiative, model, portfolio } from "./fixtures";

// Category A weight 2 (factor 1), B weight 1 (factor 0.5).
const categories = [
  { id: "A", weight: 2 },
  { id: "B", weight: 1 },
];
const moments = [
  { id: "a51", categoryId: "A", importance: 5, performance: 1 }, // gap 1
  { id: "a51b", categoryId: "A", importance: 5, performance: 1 }, // gap 1
  { id: "a55", categoryId: "A", importance: 5, performance: 5 }, // gap 0.2, harm weight 1
  { id: "a43", categoryId: "A", importance: 4, performance: 3 }, // gap 0.48
  { id: "a21", categoryId: "A", importance: 2, performance: 1 }, // gap 0.4, harm weight 0.4
  { id: "b51", categoryId: "B", importance: 5, performance: 1 }, // gap 1, factor 0.5
];

function scoreOne(over: Partial<InitiativeInput>, input: Partial<PortfolioInput> = {}) {
  const result = scorePortfolio(portfolio([initiative("x", over)], { categories, moments, ...input }));
  return result[0]!;
}

describe("experience score", () => {
  const cases: { name: string; effects: EffectLink[]; sE: number }[] = [
    { name: "one +3 on a gap-1 moment: 10 × (3/3) × 1 × 1", effects: [{ momentId: "a51", effect: 3 }], sE: 10 },
    {
      name: "two +3 links sum to 20, clamped at +10",
      effects: [
        { momentId: "a51", effect: 3 },
        { momentId: "a51b", effect: 3 },
      ],
      sE: 10,
    },
    {
      name: "two −3 links sum to −20, clamped at −10",
      effects: [
        { momentId: "a51", effect: -3 },
        { momentId: "a51b", effect: -3 },
      ],
      sE: -10,
    },
    { name: "+2 on importance 4, performance 3: 10 × (2/3) × 0.48", effects: [{ momentId: "a43", effect: 2 }], sE: 3.2 },
    { name: "+3 on a moment we already do well: gap 0.2", effects: [{ momentId: "a55", effect: 3 }], sE: 2 },
    { name: "−3 on the same moment weighs importance alone: 5 / 5 = 1", effects: [{ momentId: "a55", effect: -3 }], sE: -10 },
    { name: "−1 on importance 2: 10 × (−1/3) × 0.4", effects: [{ momentId: "a21", effect: -1 }], sE: -4 / 3 },
    { name: "category factor 0.5 halves a link", effects: [{ momentId: "b51", effect: 3 }], sE: 5 },
    {
      name: "help and harm net out: 10 × (1 − 2/3 × 0.4)",
      effects: [
        { momentId: "a51", effect: 3 },
        { momentId: "a21", effect: -2 },
      ],
      sE: 10 - 8 / 3,
    },
    { name: "no link scores 0", effects: [], sE: 0 },
    { name: "a link with effect 0 scores 0", effects: [{ momentId: "a51", effect: 0 }], sE: 0 },
  ];
  it.each(cases)("$name", ({ effects, sE }) => {
    expect(scoreOne({ effects }).scores.experience).toBeCloseTo(sE, 12);
  });

  it("says in the breakdown when a crown was capped", () => {
    const capped = scoreOne({
      effects: [
        { momentId: "a51", effect: 3 },
        { momentId: "a51b", effect: 3 },
      ],
      costReduction: fixed(-2e6),
      revenueGrowth: fixed(1e6),
    });
    expect(capped.breakdown.experience).toMatchObject({ score: 10, clamped: true });
    expect(capped.breakdown.cost).toMatchObject({ score: -10, clamped: true });
    expect(capped.breakdown.revenue).toMatchObject({ score: 10, clamped: false }); // exactly 10
    const exact = scoreOne({ effects: [{ momentId: "a51", effect: 3 }] });
    expect(exact.breakdown.experience).toMatchObject({ score: 10, clamped: false });
  });

  it("reports w_k, the category factor and the contribution of each link", () => {
    const x = scoreOne({
      effects: [
        { momentId: "b51", effect: -2 },
        { momentId: "a43", effect: 1 },
      ],
    });
    const [b51, a43] = x.breakdown.links;
    expect(b51).toMatchObject({ momentId: "b51", categoryId: "B", effect: -2, weight: 1, categoryFactor: 0.5 });
    expect(b51!.contribution).toBeCloseTo((-2 / 3) * 1 * 0.5, 12);
    expect(a43).toMatchObject({ momentId: "a43", categoryId: "A", effect: 1, categoryFactor: 1 });
    expect(a43!.weight).toBeCloseTo(0.48, 12);
    expect(a43!.contribution).toBeCloseTo(0.16, 12);
  });

  it("uses the heaviest category of the workspace as factor 1", () => {
    const x = scoreOne(
      { effects: [{ momentId: "a51", effect: 3 }] },
      {
        categories: [
          { id: "A", weight: 2 },
          { id: "B", weight: 8 },
        ],
      },
    );
    expect(x.breakdown.links[0]!.categoryFactor).toBe(0.25);
    expect(x.scores.experience).toBeCloseTo(2.5, 12);
  });
});

describe("flags", () => {
  it.each([
    { effects: [{ momentId: "a21", effect: -1 }], harms: true, notLinked: false },
    { effects: [{ momentId: "a51", effect: 1 }], harms: false, notLinked: false },
    { effects: [{ momentId: "a51", effect: 0 }], harms: false, notLinked: false },
    { effects: [], harms: false, notLinked: true },
  ])("effects $effects → harmsExperience $harms, notLinkedToOutcome $notLinked", ({ effects, harms, notLinked }) => {
    expect(scoreOne({ effects }).flags).toEqual({ harmsExperience: harms, notLinkedToOutcome: notLinked });
  });
});

describe("cost and revenue scores", () => {
  it.each([
    { cost: 250_000, revenue: 0, sC: 2.5, sR: 0 },
    { cost: 2_500_000, revenue: 0, sC: 10, sR: 0 }, // 25 clamped
    { cost: -1_500_000, revenue: 0, sC: -10, sR: 0 }, // −15 clamped
    { cost: 0, revenue: -300_000, sC: 0, sR: -3 },
    { cost: 0, revenue: 1_000_000, sC: 0, sR: 10 },
    { cost: 0, revenue: 1_000_001, sC: 0, sR: 10 },
  ])("cost $cost, revenue $revenue → s_C $sC, s_R $sR", ({ cost, revenue, sC, sR }) => {
    const x = scoreOne({ costReduction: fixed(cost), revenueGrowth: fixed(revenue) });
    expect(x.scores.cost).toBeCloseTo(sC, 12);
    expect(x.scores.revenue).toBeCloseTo(sR, 12);
  });

  it("uses likely, not low or high", () => {
    const x = scoreOne({ costReduction: { low: -900_000, likely: 100_000, high: 900_000 } });
    expect(x.scores.cost).toBeCloseTo(1, 12);
  });

  it("scales by the model's material amounts", () => {
    const x = scoreOne(
      { costReduction: fixed(250_000), revenueGrowth: fixed(250_000) },
      { model: model({ materialAmount: { cost: 500_000, revenue: 2_000_000 } }) },
    );
    expect(x.scores.cost).toBeCloseTo(5, 12);
    expect(x.scores.revenue).toBeCloseTo(1.25, 12);
  });
});

describe("benefit, valueScore, priority and crowns", () => {
  it.each([
    // B = (40 × 0 + 30 × 10 + 30 × 0) / 100 = 3; valueScore = 10 × 0.5 × 3 = 15; priority 15 / 3 = 5
    {
      name: "cost only, confidence 0.5, effort 3",
      over: { costReduction: fixed(1_000_000), confidence: 0.5, effort: 3 },
      B: 3,
      value: 15,
      priority: 5,
      crowns: 1,
    },
    // s_E 10, s_C 10, s_R 10: B = 10, valueScore = 100
    {
      name: "all three at +10",
      over: { effects: [{ momentId: "a51", effect: 3 }], costReduction: fixed(5e6), revenueGrowth: fixed(5e6) },
      B: 10,
      value: 100,
      priority: 100,
      crowns: 3,
    },
    // s_E −10, s_C −10, s_R −10: valueScore −100 × 0.8 = −80; effort 4 → −20
    {
      name: "all three at −10, confidence 0.8, effort 4",
      over: {
        effects: [
          { momentId: "a51", effect: -3 },
          { momentId: "a51b", effect: -3 },
        ],
        costReduction: fixed(-5e6),
        revenueGrowth: fixed(-5e6),
        confidence: 0.8,
        effort: 4,
      },
      B: -10,
      value: -80,
      priority: -20,
      crowns: 0,
    },
    // s_E 2 (a55 +3), s_C 0, s_R 1: B = (80 + 0 + 30) / 100 = 1.1
    {
      name: "experience and revenue: two crowns",
      over: { effects: [{ momentId: "a55", effect: 3 }], revenueGrowth: fixed(100_000) },
      B: 1.1,
      value: 11,
      priority: 11,
      crowns: 2,
    },
  ])("$name", ({ over, B, value, priority, crowns }) => {
    const x = scoreOne(over);
    expect(x.breakdown.benefit).toBeCloseTo(B, 12);
    expect(x.valueScore).toBeCloseTo(value, 12);
    expect(x.priority).toBeCloseTo(priority, 12);
    expect(x.crowns).toBe(crowns);
    expect(x.tripleCrown).toBe(crowns === 3);
  });

  it("does not count a zero crown (crownThreshold 0, the v1 rule)", () => {
    const x = scoreOne(
      { effects: [{ momentId: "a51", effect: 3 }], costReduction: fixed(0), revenueGrowth: fixed(1) },
      { model: model({ crownThreshold: 0 }) },
    );
    expect(x.crowns).toBe(2);
    expect(x.tripleCrown).toBe(false);
  });
});

describe("finance", () => {
  it.each([
    // 108,000 / 1.08 = 100,000
    {
      name: "horizon 1",
      cost: 108_000,
      revenue: 0,
      investment: 0,
      horizonYears: 1,
      discountRate: 0.08,
      revenueMargin: 0.4,
      nab: 108_000,
      npv: 100_000,
      payback: 0,
    },
    // annuity factor 10 years at 10 % = (1 − 1.1^−10) / 0.1 = 6.1445671
    {
      name: "horizon 10 at 10 %",
      cost: 60_000,
      revenue: 100_000,
      investment: 100_000,
      horizonYears: 10,
      discountRate: 0.1,
      revenueMargin: 0.4,
      nab: 100_000,
      npv: 514_456.71,
      payback: 1,
    },
    {
      name: "horizon 10 at 0 %",
      cost: 50_000,
      revenue: 0,
      investment: 200_000,
      horizonYears: 10,
      discountRate: 0,
      revenueMargin: 0.4,
      nab: 50_000,
      npv: 300_000,
      payback: 4,
    },
    {
      name: "revenue margin 0.25",
      cost: 0,
      revenue: 1_000_000,
      investment: 500_000,
      horizonYears: 2,
      discountRate: 0,
      revenueMargin: 0.25,
      nab: 250_000,
      npv: 0,
      payback: 2,
    },
    // 1/1.08 + 1/1.08² + 1/1.08³ = 2.5770970
    {
      name: "a loss never pays back",
      cost: -100_000,
      revenue: 0,
      investment: 0,
      horizonYears: 3,
      discountRate: 0.08,
      revenueMargin: 0.4,
      nab: -100_000,
      npv: -257_709.7,
      payback: null,
    },
    {
      name: "zero benefit never pays back",
      cost: 0,
      revenue: 0,
      investment: 50_000,
      horizonYears: 3,
      discountRate: 0.08,
      revenueMargin: 0.4,
      nab: 0,
      npv: -50_000,
      payback: null,
    },
  ])("$name", ({ cost, revenue, investment, horizonYears, discountRate, revenueMargin, nab, npv, payback }) => {
    const x = scoreOne(
      { costReduction: fixed(cost), revenueGrowth: fixed(revenue), investment },
      { model: model({ horizonYears, discountRate, revenueMargin }) },
    );
    expect(x.netAnnualBenefit).toBeCloseTo(nab, 6);
    expect(x.npv).toBeCloseTo(npv, 1);
    if (payback === null) expect(x.paybackYears).toBeNull();
    else expect(x.paybackYears).toBeCloseTo(payback, 12);
  });
});
