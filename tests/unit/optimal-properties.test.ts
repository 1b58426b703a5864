// Properties of the optimal plan (docs/scoring.md section 9) on small seeded
// random portfolios, checked against an exhaustive search written here: every
// assignment of "start s, or not scheduled" to up to 10 candidates over 3–4
// periods. The search knows the rules, not the engine: cost-only model, so an
// initiative's valueScore is its costReduction.likely / 10,000.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  greedyPlan,
  optimizePlan,
  planRoadmap,
  type ChoiceItem,
  type InitiativeInput,
  type Period,
  type PlanChoice,
  type PortfolioInput,
  type RoadmapItem,
} from "@/server/scoring";
import { costOnly, periods as periodsOf, valued } from "./scoring/fixtures";

const TOL = 1e-9;

interface Case {
  input: PortfolioInput;
  periods: Period[];
  currentPeriod: number;
  forceIn: string[];
  forceOut: string[];
}

const row = fc.record({
  value: fc.integer({ min: -6, max: 30 }),
  effort: fc.integer({ min: 1, max: 8 }),
  duration: fc.integer({ min: 1, max: 2 }),
  kind: fc.constantFrom(
    "proposed",
    "proposed",
    "proposed",
    "proposed",
    "proposed",
    "approved",
    "approved",
    "stale",
    "pinned",
    "in_progress",
    "done",
    "cancelled",
  ),
  at: fc.integer({ min: -1, max: 3 }),
  deps: fc.array(fc.nat(), { maxLength: 2 }),
});

/** Up to 13 initiatives of which at most 10 are candidates, over 3 or 4 periods; dependencies point to earlier rows. */
const caseArb = (withForce: boolean): fc.Arbitrary<Case> =>
  fc
    .record({
      rows: fc.array(row, { minLength: 6, maxLength: 13 }),
      capacities: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 4 }),
      currentPeriod: fc.integer({ min: -1, max: 2 }),
      forceIn: fc.array(fc.nat(), { maxLength: withForce ? 2 : 0 }),
      forceOut: fc.array(fc.nat(), { maxLength: withForce ? 2 : 0 }),
    })
    .map(({ rows, capacities, currentPeriod, forceIn, forceOut }) => {
      const first = Math.min(capacities.length, Math.max(0, currentPeriod));
      let candidates = 0;
      const initiatives: InitiativeInput[] = rows.map((r, i) => {
        const dependsOn = i === 0 ? [] : [...new Set(r.deps.map((d) => `i${d % i}`))];
        let kind = r.kind;
        if ((kind === "proposed" || kind === "approved" || kind === "stale") && candidates >= 10) kind = "done";
        if (kind === "proposed" || kind === "approved" || kind === "stale") candidates++;
        const over: Partial<InitiativeInput> = { effort: r.effort, durationPeriods: r.duration, dependsOn };
        if (kind === "approved" || kind === "proposed") return valued(`i${i}`, r.value, { ...over, status: kind });
        if (kind === "stale") return valued(`i${i}`, r.value, { ...over, status: "approved", pinnedPeriod: first > 0 ? first - 1 : null });
        if (kind === "pinned") return valued(`i${i}`, r.value, { ...over, status: "approved", pinnedPeriod: Math.max(first, r.at) });
        if (kind === "in_progress" || kind === "done") return valued(`i${i}`, r.value, { ...over, status: kind, startPeriod: r.at });
        return valued(`i${i}`, r.value, { ...over, status: "cancelled" });
      });
      const n = initiatives.length;
      const fin = [...new Set(forceIn.map((k) => `i${k % n}`))];
      const fout = [...new Set(forceOut.map((k) => `i${k % n}`))].filter((id) => !fin.includes(id));
      return { input: costOnly(initiatives), periods: periodsOf(capacities), currentPeriod, forceIn: fin, forceOut: fout };
    });

// ------------------------------------------------------------ the exhaustive search

interface Best {
  value: number;
  delivery: number;
}

const valueOf = (init: InitiativeInput): number => init.costReduction.likely / 10_000;

/** The best (value, then earliest delivery) of every plan that holds the forced-in ones, or null when there is none. */
function exhaustive(c: Case, forceIn: readonly string[]): Best | null {
  const inits = c.input.initiatives;
  const P = c.periods.length;
  const first = Math.min(P, Math.max(0, c.currentPeriod));
  const byId = new Map(inits.map((x, k) => [x.id, k]));
  const d = (k: number) => inits[k]!.durationPeriods ?? 1;
  const per = (k: number) => inits[k]!.effort / d(k);
  const isFixed = (x: InitiativeInput) =>
    x.status === "in_progress" ||
    (x.status === "approved" && x.pinnedPeriod !== null && x.pinnedPeriod !== undefined && x.pinnedPeriod >= first);
  const used = new Array<number>(P).fill(0);
  const fixedEnd = new Map<number, number>();
  inits.forEach((x, k) => {
    if (!isFixed(x)) return;
    const start = x.status === "in_progress" ? x.startPeriod! : x.pinnedPeriod!;
    fixedEnd.set(k, start + d(k) - 1);
    for (let q = Math.max(0, start); q <= Math.min(P - 1, start + d(k) - 1); q++) used[q]! += per(k);
  });
  const cands = inits.flatMap((x, k) => (x.status === "proposed" || (x.status === "approved" && !isFixed(x)) ? [k] : []));
  const start = new Map<number, number | null>();
  let best: Best | null = null;

  const better = (v: number, del: number): boolean =>
    best === null ||
    v > best.value + TOL * Math.max(1, Math.abs(v)) ||
    (Math.abs(v - best.value) <= TOL * Math.max(1, Math.abs(v)) && del < best.delivery);

  const go = (t: number, value: number, delivery: number): void => {
    if (t === cands.length) {
      // An initiative with value <= 0 only with a scheduled candidate dependent.
      for (const k of cands) {
        if (start.get(k) === null || valueOf(inits[k]!) > 0 || forceIn.includes(inits[k]!.id)) continue;
        if (!cands.some((j) => start.get(j) !== null && inits[j]!.dependsOn.includes(inits[k]!.id))) return;
      }
      if (better(value, delivery)) best = { value, delivery };
      return;
    }
    const k = cands[t]!;
    const x = inits[k]!;
    const forcedIn = forceIn.includes(x.id);
    if (!forcedIn) {
      start.set(k, null);
      go(t + 1, value, delivery);
    }
    if (c.forceOut.includes(x.id)) return;
    let lo = first;
    for (const pid of x.dependsOn) {
      const p = byId.get(pid)!;
      const px = inits[p]!;
      if (px.status === "done") continue;
      if (px.status === "cancelled") return;
      if (fixedEnd.has(p)) lo = Math.max(lo, fixedEnd.get(p)! + 1);
      else {
        const ps = start.get(p);
        if (ps === null || ps === undefined) return;
        lo = Math.max(lo, ps + d(p));
      }
    }
    for (let s = lo; s + d(k) <= P; s++) {
      let fits = true;
      for (let q = s; q < s + d(k); q++) if (used[q]! + per(k) > c.periods[q]!.capacity + TOL) fits = false;
      if (!fits) continue;
      for (let q = s; q < s + d(k); q++) used[q]! += per(k);
      start.set(k, s);
      go(t + 1, value + valueOf(x), delivery + valueOf(x) * (s + d(k) - 1));
      for (let q = s; q < s + d(k); q++) used[q]! -= per(k);
    }
    start.delete(k);
  };
  go(0, 0, 0);
  return best;
}

// ------------------------------------------------------------ checks of a returned plan

/**
 * Capacity, dependencies, history, and that every reason is true of the plan; for the optimal plan also the
 * value rule (an initiative with value <= 0 only as a needed enabler). The greedy planner has no such rule: it
 * places an enabler before it knows whether what it enables fits (docs/scoring.md section 6).
 */
function expectFeasibleAndTrue(c: Case, plan: PlanChoice, optimal = true): void {
  const inits = new Map(c.input.initiatives.map((x) => [x.id, x]));
  const P = c.periods.length;
  const first = Math.min(P, Math.max(0, c.currentPeriod));
  const items = new Map(plan.items.map((it) => [it.id, it]));
  const used = new Array<number>(P).fill(0);
  const fixed = new Array<number>(P).fill(0);
  for (const it of plan.items) {
    if (!it.scheduled) continue;
    for (let q = Math.max(0, it.startPeriod); q <= Math.min(P - 1, it.endPeriod); q++) {
      used[q]! += it.effort / it.durationPeriods;
      if (it.kind !== "planned") fixed[q]! += it.effort / it.durationPeriods;
    }
  }
  const isDone = (id: string) => inits.get(id)!.status === "done";
  const endOf = (id: string): number | null => {
    const it = items.get(id);
    return isDone(id) ? -1 : it?.scheduled ? it.endPeriod : null;
  };
  for (const it of plan.items) {
    const x = inits.get(it.id)!;
    const per = it.effort / it.durationPeriods;
    if (it.scheduled && it.kind === "planned") {
      expect(it.startPeriod).toBeGreaterThanOrEqual(first);
      expect(it.endPeriod).toBeLessThan(P);
      for (const p of x.dependsOn) expect(endOf(p) !== null && endOf(p)! < it.startPeriod).toBe(true);
      for (let q = it.startPeriod; q <= it.endPeriod; q++) {
        expect(used[q]).toBeLessThanOrEqual(c.periods[q]!.capacity + TOL);
        expect(fixed[q]).toBeLessThanOrEqual(c.periods[q]!.capacity + TOL);
      }
      if (optimal && it.valueScore <= 0 && !c.forceIn.includes(it.id)) {
        const needed = plan.items.some((j) => j.scheduled && j.kind === "planned" && inits.get(j.id)!.dependsOn.includes(it.id));
        expect(needed).toBe(true);
      }
    }
    if (it.scheduled) continue;
    if (it.reason === "forced_out") expect(c.forceOut).toContain(it.id);
    if (it.reason === "no_positive_value") expect(it.valueScore).toBeLessThanOrEqual(0);
    if (it.reason === "blocked") {
      expect(it.blockedBy!.length).toBeGreaterThan(0);
      for (const b of it.blockedBy!) expect(endOf(b)).toBeNull();
    }
    if (it.reason === "no_capacity") {
      if (optimal) expect(it.valueScore).toBeGreaterThan(0);
      let earliest = first;
      for (const p of x.dependsOn) {
        expect(endOf(p)).not.toBeNull();
        earliest = Math.max(earliest, endOf(p)! + 1);
      }
      for (let s = earliest; s + it.durationPeriods <= P; s++) {
        let fits = true;
        for (let q = s; q < s + it.durationPeriods; q++) if (c.periods[q]!.capacity - used[q]! < per - TOL) fits = false;
        expect(fits).toBe(false);
      }
      for (const q of it.fullPeriods!) expect(c.periods[q]!.capacity - used[q]!).toBeLessThan(per - TOL);
    }
  }
  const planned = plan.items.reduce((sum, it) => sum + (it.scheduled && it.kind === "planned" ? it.valueScore : 0), 0);
  expect(plan.objective).toBeCloseTo(planned, 9);
}

const delivery = (plan: PlanChoice): number =>
  plan.items.reduce((sum, it) => sum + (it.scheduled && it.kind === "planned" ? it.valueScore * it.endPeriod : 0), 0);

const options = (c: Case) => ({ currentPeriod: c.currentPeriod, forceIn: c.forceIn, forceOut: c.forceOut, timeLimitMs: 20_000 });

describe("optimizePlan on small random portfolios", () => {
  it("is feasible, never worse than greedy, and finds the exhaustive search's optimum and earliest delivery", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb(false), async (c) => {
        const plan = await optimizePlan(c.input, c.periods, options(c));
        const roadmap = planRoadmap(c.input, c.periods, { currentPeriod: c.currentPeriod });
        expect(plan.status).toBe("optimal");
        expectFeasibleAndTrue(c, plan);
        // The fixed part exactly as the greedy planner places it.
        const fixedOf = (items: readonly (ChoiceItem | RoadmapItem)[]) =>
          items.flatMap((it) => (it.scheduled && it.kind !== "planned" ? [[it.id, it.kind, it.startPeriod]] : []));
        expect(fixedOf(plan.items)).toEqual(fixedOf(roadmap.items));
        const greedyValue = roadmap.items.reduce((s, it) => s + (it.scheduled && it.kind === "planned" ? it.valueScore : 0), 0);
        expect(plan.greedyObjective).toBeCloseTo(greedyValue, 9);
        expect(plan.objective).toBeGreaterThanOrEqual(plan.greedyObjective - 1e-9);
        const best = exhaustive(c, [])!;
        expect(plan.objective).toBeCloseTo(best.value, 6);
        expect(plan.bound).toBeCloseTo(best.value, 6);
        expect(plan.gap).toBe(0);
        expect(delivery(plan)).toBeCloseTo(best.delivery, 6);
      }),
      { seed: 19, numRuns: 150 },
    );
  }, 120_000);

  it("with force options: holds every forced-in one when that is possible, else names them and plans the rest optimally", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb(true), async (c) => {
        const plan = await optimizePlan(c.input, c.periods, options(c));
        expectFeasibleAndTrue(c, plan);
        const forcedIn = c.forceIn.filter((id) => !plan.ignored.includes(id));
        for (const id of c.forceOut) {
          const it = plan.items.find((i) => i.id === id);
          if (it && !plan.ignored.includes(id)) expect(it).toMatchObject({ scheduled: false, reason: "forced_out" });
        }
        const together = exhaustive(c, forcedIn);
        if (together !== null) {
          expect(plan.status).toBe("optimal");
          expect(plan.infeasible).toEqual([]);
          for (const id of forcedIn) expect(plan.items.find((i) => i.id === id)!.scheduled).toBe(true);
          expect(plan.objective).toBeCloseTo(together.value, 6);
          expect(delivery(plan)).toBeCloseTo(together.delivery, 6);
        } else {
          expect(plan.status).toBe("infeasible");
          const named = plan.infeasible.map((f) => f.id);
          expect(named.length).toBeGreaterThan(0);
          for (const id of named) expect(forcedIn).toContain(id);
          const released = exhaustive(
            c,
            forcedIn.filter((id) => !named.includes(id)),
          );
          expect(released).not.toBeNull();
          expect(plan.objective).toBeCloseTo(released!.value, 6);
        }
        const greedy = greedyPlan(c.input, c.periods, options(c));
        expect(plan.greedyObjective).toBeCloseTo(greedy.objective, 9);
        if (plan.status !== "infeasible" && greedy.status !== "infeasible")
          expect(plan.objective).toBeGreaterThanOrEqual(greedy.objective - 1e-9);
      }),
      { seed: 38, numRuns: 150 },
    );
  }, 120_000);
});

describe("greedyPlan", () => {
  it("without force options places everything exactly where planRoadmap does, with the same reasons", () => {
    fc.assert(
      fc.property(caseArb(false), (c) => {
        const plan = greedyPlan(c.input, c.periods, { currentPeriod: c.currentPeriod });
        const roadmap = planRoadmap(c.input, c.periods, { currentPeriod: c.currentPeriod });
        expect(plan.status).toBe("greedy");
        expect(plan.items.map((it) => [it.id, it.scheduled ? [it.kind, it.startPeriod, it.endPeriod] : [it.reason, it.blockedBy]])).toEqual(
          roadmap.items.map((it) => [it.id, it.scheduled ? [it.kind, it.startPeriod, it.endPeriod] : [it.reason, it.blockedBy]]),
        );
        expect(plan.periods.map((p) => p.used)).toEqual(roadmap.periods.map((p) => p.used));
        expect(plan.totals.value).toBeCloseTo(roadmap.totals.valueScheduled, 9);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("with force options is feasible, keeps forced-out work out and forced-in work in unless it reports it", () => {
    fc.assert(
      fc.property(caseArb(true), (c) => {
        const plan = greedyPlan(c.input, c.periods, options(c));
        expectFeasibleAndTrue(c, plan, false);
        const named = plan.infeasible.map((f) => f.id);
        expect(plan.status).toBe(named.length > 0 ? "infeasible" : "greedy");
        for (const id of c.forceIn.filter((x) => !plan.ignored.includes(x) && !named.includes(x))) {
          expect(plan.items.find((i) => i.id === id)!.scheduled).toBe(true);
        }
        // Whatever greedy cannot force in, no plan can hold it either... unless only the exact search finds room.
        if (
          exhaustive(
            c,
            c.forceIn.filter((x) => !plan.ignored.includes(x)),
          ) === null
        )
          expect(plan.status).toBe("infeasible");
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
