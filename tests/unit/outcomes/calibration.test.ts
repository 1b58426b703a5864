import { describe, expect, it } from "vitest";
import {
  calibrate,
  calibratePortfolio,
  factorFor,
  realisation,
  scaleEstimate,
  type DeliveredInitiative,
  type InitiativeInput,
  type PortfolioInput,
} from "@/server/scoring";

const quarter = (costReduction: number, revenueGrowth = 0) => ({ years: 0.25, costReduction, revenueGrowth });
const done = (id: string, department: string, costLikely: number, revenueLikely: number, results: DeliveredInitiative["results"]) => ({
  id,
  department,
  costLikely,
  revenueLikely,
  results,
});

describe("realisation (hand-worked)", () => {
  it("has no ratio without data", () => {
    expect(realisation([], "cost")).toEqual({ ratio: null, initiatives: 0, planned: 0, realised: 0 });
    // Done but nothing recorded: nothing to compare.
    expect(realisation([done("a", "Ops", 400_000, 0, [])], "cost")).toEqual({ ratio: null, initiatives: 0, planned: 0, realised: 0 });
  });

  it("compares one initiative's realised with its likely estimate over the recorded periods", () => {
    // 400,000 a year → 100,000 a quarter; two quarters recorded: planned 200,000, realised 60,000 + 64,000.
    const r = realisation([done("a", "Ops", 400_000, 0, [quarter(60_000), quarter(64_000)])], "cost");
    expect(r).toEqual({ ratio: 0.62, initiatives: 1, planned: 200_000, realised: 124_000 });
  });

  it("skips a crown whose likely estimate is 0 (nothing was promised)", () => {
    const r = realisation([done("a", "Ops", 400_000, 0, [quarter(100_000, 5_000)])], "revenue");
    expect(r).toEqual({ ratio: null, initiatives: 0, planned: 0, realised: 0 });
  });

  it("weighs many initiatives by the size of what they planned", () => {
    // a: planned 100,000 (one quarter of 400,000), realised 50,000 (50 %).
    // b: planned 25,000 (a quarter of 100,000), realised 25,000 (100 %).
    // c: planned 50,000 (two quarters of 100,000), realised 20,000 + 10,000 (60 %).
    // (50,000 + 25,000 + 30,000) / (100,000 + 25,000 + 50,000) = 105,000 / 175,000 = 0.6
    const r = realisation(
      [
        done("a", "Ops", 400_000, 0, [quarter(50_000)]),
        done("b", "Ops", 100_000, 0, [quarter(25_000)]),
        done("c", "Ops", 100_000, 0, [quarter(20_000), quarter(10_000)]),
      ],
      "cost",
    );
    expect(r.initiatives).toBe(3);
    expect(r.ratio).toBeCloseTo(0.6, 12);
    expect(r.planned).toBe(175_000);
    expect(r.realised).toBe(105_000);
  });

  it("reads a negative estimate delivered as planned as 100 %, and one that turned out worse as more than 100 %", () => {
    // Planned a cost increase of 40,000 a year: −10,000 a quarter. Realised −10,000: exactly as planned.
    expect(realisation([done("a", "Ops", -40_000, 0, [quarter(-10_000)])], "cost").ratio).toBe(1);
    // Realised −15,000: 150 % of the planned (harmful) amount.
    expect(realisation([done("a", "Ops", -40_000, 0, [quarter(-15_000)])], "cost").ratio).toBe(1.5);
    // Mixed: +100,000 planned, realised 80,000; −20,000 planned, realised −30,000.
    // (80,000 + 30,000) / (100,000 + 20,000) = 110,000 / 120,000
    const mixed = realisation([done("a", "Ops", 400_000, 0, [quarter(80_000)]), done("b", "Ops", -80_000, 0, [quarter(-30_000)])], "cost");
    expect(mixed.ratio).toBeCloseTo(110_000 / 120_000, 12);
    expect(mixed.planned).toBe(80_000);
    expect(mixed.realised).toBe(50_000);
  });

  it("counts only the periods that have a result: a period without one is neither planned nor realised", () => {
    // Done for a year, results for two quarters only: planned over those two (2 × 25,000).
    const r = realisation([done("a", "Ops", 100_000, 0, [quarter(20_000), quarter(30_000)])], "cost");
    expect(r.planned).toBe(50_000);
    expect(r.ratio).toBe(1);
  });

  it("reads a result against the plan's sign: money the wrong way is a negative ratio", () => {
    expect(realisation([done("a", "Ops", 400_000, 0, [quarter(-50_000)])], "cost").ratio).toBe(-0.5);
  });
});

describe("calibrate and factorFor", () => {
  const finance = [
    done("f1", "Finance", 400_000, 0, [quarter(60_000)]), // 60 % of 100,000
    done("f2", "Finance", 400_000, 0, [quarter(70_000)]), // 70 %
    done("f3", "Finance", 400_000, 0, [quarter(56_000)]), // 56 %
  ];
  const ops = [done("o1", "Ops", 200_000, 200_000, [quarter(50_000, 25_000)])]; // cost 100 %, revenue 50 %
  const calibration = calibrate([...finance, ...ops]);

  it("groups by department, sorted by name, and overall", () => {
    expect(calibration.departments.map((d) => d.department)).toEqual(["Finance", "Ops"]);
    const f = calibration.departments[0]!.realisation.cost;
    expect(f.initiatives).toBe(3);
    expect(f.ratio).toBeCloseTo(186_000 / 300_000, 12); // 62 %
    // Overall cost: (186,000 + 50,000) / (300,000 + 50,000)
    expect(calibration.overall.cost.ratio).toBeCloseTo(236_000 / 350_000, 12);
    expect(calibration.overall.cost.initiatives).toBe(4);
    expect(calibration.overall.revenue).toEqual({ ratio: 0.5, initiatives: 1, planned: 50_000, realised: 25_000 });
  });

  it("takes the department's ratio when it rests on at least 3 initiatives", () => {
    expect(factorFor(calibration, "Finance", "cost")).toEqual({ ratio: 0.62, source: "department", initiatives: 3 });
  });

  it("falls back to the workspace's ratio when the department has too few, and to none when that has too few too", () => {
    const ops = factorFor(calibration, "Ops", "cost");
    expect(ops?.source).toBe("workspace");
    expect(ops?.initiatives).toBe(4);
    expect(ops?.ratio).toBeCloseTo(236_000 / 350_000, 12);
    expect(factorFor(calibration, "Unknown department", "cost")?.source).toBe("workspace");
    expect(factorFor(calibration, "Ops", "revenue")).toBeNull(); // one initiative in all
    expect(factorFor(calibrate([]), "Ops", "cost")).toBeNull();
  });
});

describe("scaleEstimate and calibratePortfolio", () => {
  it("scales low, likely and high, and turns them over for a negative factor", () => {
    expect(scaleEstimate({ low: 100, likely: 200, high: 400 }, 0.5)).toEqual({ low: 50, likely: 100, high: 200 });
    expect(scaleEstimate({ low: 100, likely: 200, high: 400 }, -0.5)).toEqual({ low: -200, likely: -100, high: -50 });
  });

  const initiative = (id: string, status: InitiativeInput["status"]): InitiativeInput => ({
    id,
    costReduction: { low: 100_000, likely: 200_000, high: 300_000 },
    revenueGrowth: { low: 0, likely: 100_000, high: 100_000 },
    effects: [],
    investment: 0,
    effort: 1,
    confidence: 1,
    dependsOn: [],
    status,
    ...(status === "done" ? { startPeriod: 0 } : {}),
  });
  const input: PortfolioInput = {
    model: {
      weights: { experience: 40, cost: 30, revenue: 30 },
      materialAmount: { cost: 1_000_000, revenue: 1_000_000 },
      revenueMargin: 0.4,
      discountRate: 0.08,
      horizonYears: 3,
    },
    categories: [],
    moments: [],
    initiatives: [initiative("open-f", "proposed"), initiative("open-x", "approved"), initiative("done-f", "done")],
  };
  const calibration = calibrate([
    done("f1", "Finance", 400_000, 0, [quarter(50_000)]),
    done("f2", "Finance", 400_000, 0, [quarter(50_000)]),
    done("f3", "Finance", 400_000, 0, [quarter(50_000)]),
  ]);
  const department = (id: string) => (id.endsWith("-f") ? "Finance" : "Other");

  it("scales open work's estimates by its factors, keeps done work and crowns without a factor as they are", () => {
    const out = calibratePortfolio(input, department, calibration);
    // Finance cost: 150,000 / 300,000 = 0.5; revenue: no done initiative promised revenue, so no factor.
    expect(out.initiatives[0]!.costReduction).toEqual({ low: 50_000, likely: 100_000, high: 150_000 });
    expect(out.initiatives[0]!.revenueGrowth).toEqual({ low: 0, likely: 100_000, high: 100_000 });
    // "Other" has none of its own: the workspace's (the same three, 0.5) applies.
    expect(out.initiatives[1]!.costReduction.likely).toBe(100_000);
    // Done work is not ranked: unchanged, the very same object.
    expect(out.initiatives[2]).toBe(input.initiatives[2]);
    // The input is not changed.
    expect(input.initiatives[0]!.costReduction.likely).toBe(200_000);
  });

  it("changes nothing when no factor applies", () => {
    const out = calibratePortfolio(input, department, calibrate([]));
    expect(out.initiatives.every((i, n) => i === input.initiatives[n])).toBe(true);
  });
});
