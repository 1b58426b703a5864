// Random portfolios for property tests (fast-check). Generated dependencies
// point only to earlier initiatives, so every portfolio is acyclic.
import fc from "fast-check";
import type { InitiativeInput, InitiativeStatus, Period, PortfolioInput } from "@/server/scoring";

const money = fc.integer({ min: -3_000_000, max: 3_000_000 });
const estimate = fc
  .tuple(money, money, money)
  .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y))
  .map(([low, likely, high]) => ({ low: low!, likely: likely!, high: high! }));
const status = fc.constantFrom<InitiativeStatus>("proposed", "proposed", "approved", "in_progress", "done", "cancelled");

interface Options {
  fixedEstimates?: boolean;
}

export function portfolioArb({ fixedEstimates = false }: Options = {}): fc.Arbitrary<PortfolioInput> {
  return fc
    .record({
      weights: fc
        .integer({ min: 0, max: 100 })
        .chain((e) => fc.integer({ min: 0, max: 100 - e }).map((c) => ({ experience: e, cost: c, revenue: 100 - e - c }))),
      material: fc.record({ cost: fc.integer({ min: 1, max: 5_000_000 }), revenue: fc.integer({ min: 1, max: 5_000_000 }) }),
      categoryWeights: fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 1, maxLength: 3 }),
      moments: fc.array(
        fc.record({ c: fc.nat(), importance: fc.integer({ min: 1, max: 5 }), performance: fc.integer({ min: 1, max: 5 }) }),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
      ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }),
      rows: fc.array(
        fc.record({
          cost: estimate,
          revenue: estimate,
          effects: fc.array(fc.record({ m: fc.nat(), effect: fc.integer({ min: -3, max: 3 }) }), { maxLength: 4 }),
          investment: fc.integer({ min: 0, max: 2_000_000 }),
          effort: fc.integer({ min: 1, max: 40 }).map((x) => x / 4),
          duration: fc.integer({ min: 1, max: 3 }),
          confidence: fc.constantFrom(1, 0.8, 0.5, 0.3),
          deps: fc.array(fc.nat(), { maxLength: 3 }),
          status,
          start: fc.integer({ min: -3, max: 4 }),
          pin: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
        }),
        { minLength: 25, maxLength: 25 },
      ),
    })
    .map(({ weights, material, categoryWeights, moments, ids, rows }) => {
      const categories = categoryWeights.map((weight, k) => ({ id: `c${k}`, weight }));
      const momentRows = moments.map((m, k) => ({
        id: `m${k}`,
        categoryId: `c${m.c % categories.length}`,
        importance: m.importance,
        performance: m.performance,
      }));
      const initiatives: InitiativeInput[] = ids.map((id, i) => {
        const row = rows[i]!;
        const effects = new Map<string, number>();
        for (const e of row.effects) effects.set(`m${e.m % momentRows.length}`, e.effect);
        const deps = i === 0 ? [] : [...new Set(row.deps.map((d) => ids[d % i]!))];
        const pick = (e: { low: number; likely: number; high: number }) =>
          fixedEstimates ? { low: e.likely, likely: e.likely, high: e.likely } : e;
        return {
          id,
          costReduction: pick(row.cost),
          revenueGrowth: pick(row.revenue),
          effects: [...effects].map(([momentId, effect]) => ({ momentId, effect })),
          investment: row.investment,
          effort: row.effort,
          durationPeriods: row.duration,
          confidence: row.confidence,
          dependsOn: deps,
          status: row.status,
          startPeriod: row.status === "in_progress" || row.status === "done" ? row.start : null,
          pinnedPeriod: row.status === "approved" ? row.pin : null,
        };
      });
      return {
        model: { weights, materialAmount: material, revenueMargin: 0.4, discountRate: 0.08, horizonYears: 3 },
        categories,
        moments: momentRows,
        initiatives,
      };
    });
}

export const periodsArb: fc.Arbitrary<Period[]> = fc
  .array(
    fc.integer({ min: 0, max: 24 }).map((x) => x / 2),
    { minLength: 0, maxLength: 6 },
  )
  .map((caps) => caps.map((capacity, q) => ({ id: `p${q}`, label: `P${q}`, capacity })));
