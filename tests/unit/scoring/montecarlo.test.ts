// Uncertainty of docs/scoring.md section 5.
import { describe, expect, it } from "vitest";
import { nearestRankPercentile, scorePortfolio, simulatePortfolio, triangularQuantile, type InitiativeInput } from "@/server/scoring";
import { costOnly, initiative, portfolio, valued } from "./fixtures";

describe("triangularQuantile (inverse CDF)", () => {
  it.each([
    // symmetric 0 / 50 / 100: the mode splits the mass in half
    { u: 0.5, low: 0, likely: 50, high: 100, x: 50 },
    { u: 0.125, low: 0, likely: 50, high: 100, x: 25 }, // sqrt(0.125 × 100 × 50)
    { u: 0.875, low: 0, likely: 50, high: 100, x: 75 }, // 100 − sqrt(0.125 × 100 × 50)
    { u: 0.25, low: 0, likely: 0, high: 100, x: 100 - Math.sqrt(7500) }, // 13.397…
    { u: 0.25, low: 0, likely: 100, high: 100, x: 50 }, // sqrt(0.25 × 100 × 100)
    { u: 0, low: -10, likely: 0, high: 30, x: -10 },
    { u: 0.7, low: 5, likely: 5, high: 5, x: 5 },
  ])("u $u on ($low, $likely, $high) → $x", ({ u, low, likely, high, x }) => {
    expect(triangularQuantile(u, low, likely, high)).toBeCloseTo(x, 9);
  });
});

describe("nearestRankPercentile", () => {
  it("takes sorted[ceil(p/100 × n) − 1]", () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([10, 50, 90].map((p) => nearestRankPercentile(ten, p))).toEqual([1, 5, 9]);
    const four = [10, 20, 30, 40];
    expect([10, 50, 90].map((p) => nearestRankPercentile(four, p))).toEqual([10, 20, 40]);
    expect([10, 50, 90].map((p) => nearestRankPercentile([7], p))).toEqual([7, 7, 7]);
  });
});

describe("simulatePortfolio", () => {
  it("reproduces the deterministic score when low = likely = high", () => {
    const ids = Array.from({ length: 12 }, (_, k) => `i${String(k).padStart(2, "0")}`);
    const input = costOnly(ids.map((id, k) => valued(id, 10 + k)));
    const rows = simulatePortfolio(input, { runs: 50, seed: 3 });
    const scored = scorePortfolio(input);
    expect(rows.map((r) => r.id)).toEqual(scored.map((s) => s.id));
    for (const r of rows) {
      expect(r.p10).toBe(r.valueScore);
      expect(r.p50).toBe(r.valueScore);
      expect(r.p90).toBe(r.valueScore);
    }
    // values 10..21: the two smallest (i00, i01) are ranks 11 and 12
    expect(Object.fromEntries(rows.map((r) => [r.id, r.pTop10]))).toEqual(Object.fromEntries(ids.map((id, k) => [id, k >= 2 ? 1 : 0])));
  });

  it("gives the priority range, the measure the top 10 is ranked on: value range ÷ effort", () => {
    // Hand-worked: fixed estimates, so value 20 → priority 20 / 4 = 5, and value 30 → 30 / 2 = 15 (ranked first).
    const rows = simulatePortfolio(costOnly([valued("a", 20, { effort: 4 }), valued("b", 30, { effort: 2 })]), { runs: 20, seed: 1 });
    expect(rows.map((r) => [r.id, r.priority, r.priorityP10, r.priorityP50, r.priorityP90])).toEqual([
      ["b", 15, 15, 15, 15],
      ["a", 5, 5, 5, 5],
    ]);
  });

  it("gives everyone pTop10 = 1 when there are fewer than 10 initiatives", () => {
    const rows = simulatePortfolio(costOnly([valued("a", -5), valued("b", 5)]), { runs: 20, seed: 1 });
    expect(rows.map((r) => r.pTop10)).toEqual([1, 1]);
  });

  it("samples the triangle: percentiles of 0 / 50 / 100 are near 22.36, 50, 77.64", () => {
    // cost-only: valueScore = cost / 10,000, so it follows triangle(0, 50, 100):
    // P10 = sqrt(0.1 × 100 × 50) = 22.36, P90 = 100 − 22.36
    const rows = simulatePortfolio(costOnly([initiative("x", { costReduction: { low: 0, likely: 500_000, high: 1_000_000 } })]), {
      runs: 20_000,
      seed: 11,
    });
    expect(rows[0]!.valueScore).toBe(50);
    expect(Math.abs(rows[0]!.p10 - Math.sqrt(500))).toBeLessThan(1);
    expect(Math.abs(rows[0]!.p50 - 50)).toBeLessThan(1);
    expect(Math.abs(rows[0]!.p90 - (100 - Math.sqrt(500)))).toBeLessThan(1);
  });

  it("samples revenue too, and clamps sampled scores at ±10", () => {
    // revenue triangle(0, 0, 4,000,000): s_R = 10 × revenue / 1,000,000 is clamped at 10 whenever revenue > 1,000,000,
    // which happens with probability (3/4)² = 56.25 %: P50 and P90 are the clamped maximum 30 (weight 30 × 10 / 10)
    const input = portfolio([initiative("r", { revenueGrowth: { low: 0, likely: 0, high: 4_000_000 } })]);
    const [row] = simulatePortfolio(input, { runs: 4_000, seed: 5 });
    expect(row!.valueScore).toBe(0);
    expect(row!.p50).toBe(30);
    expect(row!.p90).toBe(30);
    expect(row!.p10).toBeGreaterThan(0);
    expect(row!.p10).toBeLessThan(30);
  });

  it("counts how often an uncertain initiative makes the top 10", () => {
    // ten fixed initiatives at 50, and "u" on triangle(40, 50, 60): above 50 half of the time,
    // then it is rank 1 and f9 (the last of the ties by id) drops to 11.
    const fixedOnes: InitiativeInput[] = Array.from({ length: 10 }, (_, k) => valued(`f${k}`, 50));
    const u = initiative("u", { costReduction: { low: 400_000, likely: 500_000, high: 600_000 } });
    const rows = simulatePortfolio(costOnly([...fixedOnes, u]), { runs: 4_000, seed: 9 });
    const p = Object.fromEntries(rows.map((r) => [r.id, r.pTop10]));
    expect(Math.abs(p.u! - 0.5)).toBeLessThan(0.05);
    expect(p.f9! + p.u!).toBeCloseTo(1, 12);
    for (let k = 0; k < 9; k++) expect(p[`f${k}`]).toBe(1);
  });

  it("puts exactly 10 initiatives in the top 10 of every run", () => {
    const many = Array.from({ length: 25 }, (_, k) =>
      initiative(`x${k}`, {
        costReduction: { low: -200_000, likely: 10_000 * k, high: 600_000 },
        effort: 1 + (k % 4),
      }),
    );
    const rows = simulatePortfolio(costOnly(many), { runs: 300, seed: 2 });
    expect(rows.reduce((s, r) => s + r.pTop10!, 0)).toBeCloseTo(10, 9);
  });

  it("gives the same result for the same seed and a different one for another seed", () => {
    const input = costOnly([
      initiative("a", { costReduction: { low: 0, likely: 300_000, high: 900_000 } }),
      initiative("b", { costReduction: { low: 100_000, likely: 200_000, high: 800_000 } }),
    ]);
    expect(simulatePortfolio(input, { runs: 200, seed: 42 })).toEqual(simulatePortfolio(input, { runs: 200, seed: 42 }));
    expect(simulatePortfolio(input, { runs: 200, seed: 42 })).not.toEqual(simulatePortfolio(input, { runs: 200, seed: 43 }));
  });
});
