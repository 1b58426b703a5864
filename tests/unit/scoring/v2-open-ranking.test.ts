// docs/scoring.md v2, sections 3–5: only open work (proposed, approved,
// in_progress) is ranked. Done and cancelled work is still scored, but has
// rank null and takes no part in sensitivity ranks or pTop10.
// Cost-only model: valued(id, v) has valueScore v (priority v at effort 1).
import { describe, expect, it } from "vitest";
import { rankPortfolio, scorePortfolio, scorePortfolioLean, simulatePortfolio, weightSensitivity } from "@/server/scoring";
import { costOnly, fixed, initiative, model, portfolio, valued } from "./fixtures";

// d (done) and c (cancelled) have the highest priorities of all.
const input = costOnly([
  valued("a", 50),
  valued("b", 20, { status: "approved" }),
  valued("d", 90, { status: "done", startPeriod: -1 }),
  valued("c", 80, { status: "cancelled" }),
  valued("p", 30, { status: "in_progress", startPeriod: 0 }),
]);

describe("ranking of open work only", () => {
  it("ranks open work 1..n and lists done and cancelled work after it, scored, with rank null", () => {
    const scored = scorePortfolio(input);
    expect(scored.map((r) => [r.id, r.rank])).toEqual([
      ["a", 1],
      ["p", 2],
      ["b", 3],
      ["d", null],
      ["c", null],
    ]);
    const d = scored.find((r) => r.id === "d")!;
    expect(d.valueScore).toBeCloseTo(90, 12);
    expect(d.scores.cost).toBeCloseTo(9, 12);
    expect(d.npv).toBeCloseTo(900_000 * (1 / 1.08 + 1 / 1.08 ** 2 + 1 / 1.08 ** 3), 6);
    expect(d.crowns).toBe(1);
  });

  it("gives the same ranks in the lean ranking and the typed-array result", () => {
    expect(rankPortfolio(input).map((r) => [r.id, r.rank])).toEqual([
      ["a", 1],
      ["p", 2],
      ["b", 3],
      ["d", null],
      ["c", null],
    ]);
    const lean = scorePortfolioLean(input);
    // input order a, b, d, c, p; 0 = no rank
    expect(Array.from(lean.rank)).toEqual([1, 3, 0, 0, 2]);
    expect(Array.from(lean.order)).toEqual([0, 4, 1, 2, 3]);
    expect(lean.openCount).toBe(3);
    expect(Array.from(lean.value).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([50, 20, 90, 80, 30]);
  });

  it("explains any single row exactly as scorePortfolio does", () => {
    const lean = scorePortfolioLean(input);
    const full = new Map(scorePortfolio(input).map((r) => [r.id, r]));
    for (let i = 0; i < lean.n; i++) expect(lean.explain(i)).toEqual(full.get(lean.ids[i]!));
    expect(() => lean.explain(5)).toThrow(RangeError);
  });

  it("counts crowns in the lean result with the model's threshold", () => {
    // s_C = 10 × 45 / 1,000,000 = 0.00045: a crown at threshold 0, none at the default 0.5.
    const small = (crownThreshold?: number) =>
      scorePortfolioLean(
        portfolio([initiative("x", { costReduction: fixed(45) })], {
          model: model({ weights: { experience: 0, cost: 100, revenue: 0 }, crownThreshold }),
        }),
      ).crowns[0];
    expect(small(0)).toBe(1);
    expect(small()).toBe(0);
  });
});

describe("sensitivity leaves closed work out", () => {
  // Default weights 40/30/30, no experience links.
  // o1: s_C = 6, s_R = 0 → B = 1.8, value 18.   o2: s_C = 0, s_R = 5 → B = 1.5, value 15.
  // dn (done): s_C = 10 → B = 3, value 30: best of all, but not ranked.
  // Scenario cost −10 (wC 20, wE 80 × 40/70, wR 80 × 30/70 = 34.29): o1 12, o2 17.14 → o2 first;
  // revenue +10 (wR 40, wC 60 × 30/70 = 25.71): o1 15.43, o2 20 → o2 first; the other four keep o1 first.
  // dn would be first in all six (value 20..40) if it took part.
  const sens = portfolio([
    initiative("o1", { costReduction: fixed(600_000) }),
    initiative("o2", { revenueGrowth: fixed(500_000) }),
    initiative("dn", { costReduction: fixed(1_000_000), status: "done", startPeriod: 0 }),
  ]);

  it("ranks only open work in every scenario and gives closed rows null ranks", () => {
    const rows = weightSensitivity(sens);
    expect(rows.map((r) => r.id)).toEqual(["o1", "o2", "dn"]);
    const [o1, o2, dn] = rows;
    expect(o1!.rank).toBe(1);
    expect(o1!.scenarios.map((s) => s.rank)).toEqual([1, 1, 2, 1, 1, 2]);
    expect([o1!.rankMin, o1!.rankMax, o1!.robust]).toEqual([1, 2, true]);
    expect(o2!.scenarios.map((s) => s.rank)).toEqual([2, 2, 1, 2, 2, 1]);
    expect([o2!.rankMin, o2!.rankMax]).toEqual([1, 2]);
    expect(dn).toEqual({
      id: "dn",
      rank: null,
      rankMin: null,
      rankMax: null,
      robust: null,
      scenarios: [
        { crown: "experience", delta: -10, rank: null },
        { crown: "experience", delta: 10, rank: null },
        { crown: "cost", delta: -10, rank: null },
        { crown: "cost", delta: 10, rank: null },
        { crown: "revenue", delta: -10, rank: null },
        { crown: "revenue", delta: 10, rank: null },
      ],
    });
  });
});

describe("Monte Carlo leaves closed work out of the top 10", () => {
  // Fixed estimates: every run equals the deterministic ranking. 11 open
  // initiatives o1..o11 with values 11..1, and a done one with value 100.
  const open = Array.from({ length: 11 }, (_, k) => valued(`o${String(k + 1).padStart(2, "0")}`, 11 - k));
  const mc = costOnly([valued("done", 100, { status: "done", startPeriod: 0 }), ...open, valued("gone", 50, { status: "cancelled" })]);

  it("gives the 10 best open initiatives pTop10 = 1, the 11th 0, and closed work null", () => {
    const rows = simulatePortfolio(mc, { runs: 25, seed: 3 });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (let k = 1; k <= 10; k++) expect(byId.get(`o${String(k).padStart(2, "0")}`)!.pTop10).toBe(1);
    expect(byId.get("o11")!.pTop10).toBe(0);
    expect(byId.get("o11")!.rank).toBe(11);
    expect(byId.get("done")!.pTop10).toBeNull();
    expect(byId.get("done")!.rank).toBeNull();
    expect(byId.get("gone")!.pTop10).toBeNull();
  });

  it("still reports the closed initiatives' percentiles (they are scored)", () => {
    const done = simulatePortfolio(mc, { runs: 25, seed: 3 }).find((r) => r.id === "done")!;
    expect(done.p10).toBeCloseTo(100, 9);
    expect(done.p50).toBeCloseTo(100, 9);
    expect(done.p90).toBeCloseTo(100, 9);
    expect(done.valueScore).toBeCloseTo(100, 9);
  });

  it("lists open rows in rank order first, then closed rows", () => {
    expect(
      simulatePortfolio(mc, { runs: 5, seed: 1 })
        .map((r) => r.id)
        .slice(-2),
    ).toEqual(["done", "gone"]);
  });
});
