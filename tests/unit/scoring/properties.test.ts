// Properties over random portfolios (fast-check). Generated dependencies point
// only to earlier initiatives, so every portfolio is acyclic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planRoadmap, scorePortfolio, simulatePortfolio, type PortfolioInput } from "@/server/scoring";
import { periodsArb, portfolioArb } from "./arbitraries";

const TOL = 1e-9;

function scaled(input: PortfolioInput, f: number): PortfolioInput {
  const s = (e: { low: number; likely: number; high: number }) => ({ low: e.low * f, likely: e.likely * f, high: e.high * f });
  return {
    ...input,
    model: {
      ...input.model,
      materialAmount: { cost: input.model.materialAmount.cost * f, revenue: input.model.materialAmount.revenue * f },
    },
    initiatives: input.initiatives.map((i) => ({ ...i, costReduction: s(i.costReduction), revenueGrowth: s(i.revenueGrowth) })),
  };
}

describe("scoring properties", () => {
  it("open work is ranked 1..n in order, then done and cancelled work follows unranked", () => {
    fc.assert(
      fc.property(portfolioArb(), (input) => {
        const result = scorePortfolio(input);
        expect(result).toHaveLength(input.initiatives.length);
        const status = new Map(input.initiatives.map((i) => [i.id, i.status]));
        const isOpen = (id: string) => ["proposed", "approved", "in_progress"].includes(status.get(id)!);
        const open = result.filter((r) => isOpen(r.id));
        expect(result.slice(0, open.length)).toEqual(open);
        expect(open.map((r) => r.rank)).toEqual(open.map((_, k) => k + 1));
        expect(result.slice(open.length).every((r) => r.rank === null)).toBe(true);
        expect(new Set(result.map((r) => r.id))).toEqual(new Set(input.initiatives.map((i) => i.id)));
        const ordered = (part: typeof result) => {
          for (let k = 1; k < part.length; k++) {
            const a = part[k - 1]!;
            const b = part[k]!;
            expect(
              a.priority > b.priority ||
                (a.priority === b.priority && (a.valueScore > b.valueScore || (a.valueScore === b.valueScore && a.id < b.id))),
            ).toBe(true);
          }
        };
        ordered(open);
        ordered(result.slice(open.length));
      }),
    );
  });

  it("scaling all money and the material amounts by a power of two changes no score or rank", () => {
    fc.assert(
      fc.property(portfolioArb(), fc.integer({ min: -10, max: 10 }), (input, k) => {
        const a = scorePortfolio(input);
        const b = scorePortfolio(scaled(input, 2 ** k));
        expect(b.map((x) => [x.id, x.scores, x.valueScore, x.priority])).toEqual(a.map((x) => [x.id, x.scores, x.valueScore, x.priority]));
      }),
    );
  });

  it("scaling by any factor changes scores by rounding noise only", () => {
    fc.assert(
      fc.property(portfolioArb(), fc.double({ min: 0.001, max: 1000, noNaN: true }), (input, f) => {
        const a = new Map(scorePortfolio(input).map((x) => [x.id, x]));
        for (const y of scorePortfolio(scaled(input, f))) {
          const x = a.get(y.id)!;
          expect(Math.abs(y.scores.cost - x.scores.cost)).toBeLessThan(TOL);
          expect(Math.abs(y.scores.revenue - x.scores.revenue)).toBeLessThan(TOL);
          expect(y.scores.experience).toBe(x.scores.experience);
          expect(Math.abs(y.valueScore - x.valueScore)).toBeLessThan(TOL);
        }
      }),
    );
  });

  it("breakdown parts add up to valueScore, and link contributions to the experience score", () => {
    fc.assert(
      fc.property(portfolioArb(), (input) => {
        for (const x of scorePortfolio(input)) {
          const { experience, cost, revenue } = x.breakdown;
          expect(Math.abs(experience.part + cost.part + revenue.part - x.valueScore)).toBeLessThan(TOL);
          const sum = x.breakdown.links.reduce((s, l) => s + l.contribution, 0);
          expect(Math.abs(Math.max(-10, Math.min(10, 10 * sum)) - x.scores.experience)).toBeLessThan(TOL);
          expect(Math.abs(x.scores.experience)).toBeLessThanOrEqual(10);
          expect(Math.abs(x.valueScore)).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe("roadmap properties", () => {
  it("only in-progress and pinned work can push a period over capacity; used is the sum of items", () => {
    fc.assert(
      fc.property(portfolioArb(), periodsArb, (input, periods) => {
        const roadmap = planRoadmap(input, periods);
        const forced = periods.map(() => 0);
        const planned = periods.map(() => 0);
        for (const item of roadmap.items) {
          if (!item.scheduled) continue;
          for (let q = Math.max(0, item.startPeriod); q <= Math.min(periods.length - 1, item.endPeriod); q++) {
            if (item.kind === "planned") planned[q]! += item.effort / item.durationPeriods;
            else forced[q]! += item.effort / item.durationPeriods;
          }
        }
        roadmap.periods.forEach((p, q) => {
          expect(Math.abs(p.used - forced[q]! - planned[q]!)).toBeLessThan(1e-6);
          expect(planned[q]!).toBeLessThanOrEqual(Math.max(0, p.capacity - forced[q]!) + 1e-6);
          expect(p.overCapacity).toBe(p.used > p.capacity + TOL);
        });
      }),
    );
  });

  it("every planned item starts after all its prerequisites end, inside the plan", () => {
    fc.assert(
      fc.property(portfolioArb(), periodsArb, (input, periods) => {
        const roadmap = planRoadmap(input, periods);
        const byId = new Map(roadmap.items.map((i) => [i.id, i]));
        const status = new Map(input.initiatives.map((i) => [i.id, i.status]));
        for (const init of input.initiatives) {
          const item = byId.get(init.id);
          if (init.status === "done" || init.status === "cancelled") {
            expect(item).toBeUndefined();
            continue;
          }
          expect(item).toBeDefined();
          if (!item!.scheduled || item!.kind !== "planned") continue;
          expect(item!.startPeriod).toBeGreaterThanOrEqual(0);
          expect(item!.endPeriod).toBeLessThan(periods.length);
          for (const dep of init.dependsOn) {
            if (status.get(dep) === "done") continue;
            const pre = byId.get(dep);
            expect(pre?.scheduled).toBe(true);
            if (pre?.scheduled) expect(item!.startPeriod).toBeGreaterThan(pre.endPeriod);
          }
        }
      }),
    );
  });

  it("blocked items name unscheduled or cancelled prerequisites", () => {
    fc.assert(
      fc.property(portfolioArb(), periodsArb, (input, periods) => {
        const roadmap = planRoadmap(input, periods);
        const byId = new Map(roadmap.items.map((i) => [i.id, i]));
        const status = new Map(input.initiatives.map((i) => [i.id, i.status]));
        for (const item of roadmap.items) {
          if (item.scheduled || item.reason !== "blocked") continue;
          expect(item.blockedBy!.length).toBeGreaterThan(0);
          for (const b of item.blockedBy!) expect(status.get(b) === "cancelled" || byId.get(b)?.scheduled === false).toBe(true);
        }
      }),
    );
  });
});

describe("Monte Carlo properties", () => {
  it("with low = likely = high, p10 = p50 = p90 = valueScore and pTop10 is 1 exactly for ranks 1..10 (null when unranked)", () => {
    fc.assert(
      fc.property(portfolioArb({ fixedEstimates: true }), fc.integer(), (input, seed) => {
        const rows = simulatePortfolio(input, { runs: 7, seed });
        for (const r of rows) {
          expect(r.p10).toBe(r.valueScore);
          expect(r.p50).toBe(r.valueScore);
          expect(r.p90).toBe(r.valueScore);
          expect(r.pTop10).toBe(r.rank === null ? null : r.rank <= 10 ? 1 : 0);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("the same seed gives the same result", () => {
    fc.assert(
      fc.property(portfolioArb(), fc.integer(), (input, seed) => {
        expect(simulatePortfolio(input, { runs: 20, seed })).toEqual(simulatePortfolio(input, { runs: 20, seed }));
      }),
      { numRuns: 30 },
    );
  });

  it("different seeds generally give different samples", () => {
    fc.assert(
      fc.property(portfolioArb(), fc.integer(), fc.integer(), (generated, a, b) => {
        fc.pre(a !== b);
        // Material amounts far above any estimate so no sampled score is clamped, and some real uncertainty.
        const input = {
          ...generated,
          model: { ...generated.model, weights: { experience: 40, cost: 30, revenue: 30 }, materialAmount: { cost: 1e7, revenue: 1e7 } },
        };
        fc.pre(input.initiatives.some((i) => i.costReduction.high > i.costReduction.low || i.revenueGrowth.high > i.revenueGrowth.low));
        const x = simulatePortfolio(input, { runs: 50, seed: a });
        const y = simulatePortfolio(input, { runs: 50, seed: b });
        expect(x).not.toEqual(y);
      }),
      { numRuns: 30 },
    );
  });

  it("percentiles are ordered and pTop10 shares add up to min(10, open N)", () => {
    fc.assert(
      fc.property(portfolioArb(), fc.integer(), (input, seed) => {
        const rows = simulatePortfolio(input, { runs: 40, seed });
        for (const r of rows) {
          expect(r.p10).toBeLessThanOrEqual(r.p50);
          expect(r.p50).toBeLessThanOrEqual(r.p90);
        }
        const open = rows.filter((r) => r.pTop10 !== null);
        expect(rows.filter((r) => r.rank === null).every((r) => r.pTop10 === null)).toBe(true);
        expect(Math.abs(open.reduce((s, r) => s + r.pTop10!, 0) - Math.min(10, open.length))).toBeLessThan(1e-9);
      }),
      { numRuns: 30 },
    );
  });
});
