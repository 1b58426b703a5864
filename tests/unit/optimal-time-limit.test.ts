// When the solver stops at its time limit (here: 300 candidates and the shortest limit, 100 ms), the plan
// must still be a plan: feasible, never worse than greedy, and every reason true of it (the final fill pass
// adds any positive, unblocked candidate that still fits). Nothing here depends on how fast the machine is:
// every check holds whether the solver proved the optimum or stopped.
import { describe, expect, it } from "vitest";
import { greedyPlan, optimizePlan, type InitiativeInput, type PlanChoice } from "@/server/scoring";
import { Sfc32 } from "@/server/scoring/prng";
import { costOnly, periods as periodsOf, valued } from "./scoring/fixtures";

function portfolio(n: number, seed: number) {
  const rng = new Sfc32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng.next() * (hi - lo + 1));
  const initiatives: InitiativeInput[] = [];
  let effort = 0;
  for (let i = 0; i < n; i++) {
    const deps = new Set<string>();
    for (let k = i === 0 ? 0 : int(0, 2); k > 0; k--) deps.add(`i${int(0, i - 1)}`);
    const e = int(1, 20);
    effort += e;
    initiatives.push(valued(`i${i}`, int(-5, 60), { effort: e, durationPeriods: int(1, 3), dependsOn: [...deps] }));
  }
  const cap = Math.round((effort * 0.5) / 8);
  return { input: costOnly(initiatives), periods: periodsOf(new Array<number>(8).fill(cap)) };
}

function expectTrueOf(plan: PlanChoice, input: ReturnType<typeof portfolio>["input"], capacity: number[]): void {
  const deps = new Map(input.initiatives.map((x) => [x.id, x.dependsOn]));
  const items = new Map(plan.items.map((it) => [it.id, it]));
  const used = new Array<number>(capacity.length).fill(0);
  for (const it of plan.items)
    if (it.scheduled) for (let q = it.startPeriod; q <= it.endPeriod; q++) used[q]! += it.effort / it.durationPeriods;
  for (let q = 0; q < capacity.length; q++) expect(used[q]).toBeLessThanOrEqual(capacity[q]! + 1e-9);
  const endOf = (id: string) => {
    const it = items.get(id)!;
    return it.scheduled ? it.endPeriod : null;
  };
  for (const it of plan.items) {
    if (it.scheduled) {
      for (const p of deps.get(it.id)!) expect(endOf(p) !== null && endOf(p)! < it.startPeriod).toBe(true);
      continue;
    }
    if (it.reason !== "no_capacity") continue;
    // Not blocked, positive, and no start from after its prerequisites to the end has room in every period it covers.
    let earliest = 0;
    for (const p of deps.get(it.id)!) earliest = Math.max(earliest, endOf(p)! + 1);
    for (let s = earliest; s + it.durationPeriods <= capacity.length; s++) {
      let fits = true;
      for (let q = s; q < s + it.durationPeriods; q++) if (capacity[q]! - used[q]! < it.effort / it.durationPeriods - 1e-9) fits = false;
      expect(fits).toBe(false);
    }
  }
}

describe("optimizePlan at its shortest time limit", () => {
  it.each([1, 2])(
    "300 candidates, seed %i: a feasible plan, at least greedy's value, with true reasons and a sound bound",
    async (seed) => {
      const { input, periods } = portfolio(300, seed);
      const plan = await optimizePlan(input, periods, { timeLimitMs: 100 });
      expect(["optimal", "time_limit"]).toContain(plan.status);
      expectTrueOf(
        plan,
        input,
        periods.map((p) => p.capacity),
      );
      expect(plan.greedyObjective).toBeCloseTo(greedyPlan(input, periods).objective, 9);
      expect(plan.objective).toBeGreaterThanOrEqual(plan.greedyObjective - 1e-9);
      expect(plan.bound).not.toBeNull();
      expect(plan.bound!).toBeGreaterThanOrEqual(plan.objective);
      expect(plan.gap).toBeCloseTo(plan.status === "optimal" ? 0 : (plan.bound! - plan.objective) / Math.abs(plan.bound!), 12);
      expect(plan.solveMs).toBeGreaterThan(0);
    },
  );
});
