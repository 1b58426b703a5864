// Properties of docs/scoring.md v2 over random portfolios (fast-check):
// - no newly planned item starts before max(0, currentPeriod), none at all when currentPeriod >= P;
// - with currentPeriod 0 and crownThreshold 0 the plan and the crowns are v1's. The v1
//   reference below is written from the v1 text of sections 2 and 5, independently of
//   server/scoring/roadmap.ts (a slow, direct reading: fixpoints and linear scans).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planRoadmap, scorePortfolio, type Period, type PortfolioInput } from "@/server/scoring";
import { makePortfolio } from "../../../bench/fixtures/random-portfolio";
import { periodsArb, portfolioArb } from "./arbitraries";

type Placement = { start: number; end: number } | { reason: "no_positive_value" | "blocked" | "no_capacity" };

/** Section 5 of v1, read literally. Scores come from scorePortfolio (tested by hand elsewhere). */
function v1Plan(input: PortfolioInput, periods: readonly Period[]): { placement: Map<string, Placement>; used: number[] } {
  const P = periods.length;
  const used = periods.map(() => 0);
  const score = new Map(scorePortfolio(input).map((s) => [s.id, s]));
  const byId = new Map(input.initiatives.map((i) => [i.id, i]));
  const dur = (id: string) => byId.get(id)!.durationPeriods ?? 1;
  const placement = new Map<string, Placement>();
  const occupy = (id: string, start: number) => {
    const d = dur(id);
    placement.set(id, { start, end: start + d - 1 });
    for (let q = start; q < start + d; q++) if (q >= 0 && q < P) used[q]! += byId.get(id)!.effort / d;
  };
  // Rules 2 and 3 (pins in any order: they are placed whatever the capacity).
  for (const i of input.initiatives) {
    if (i.status === "in_progress") occupy(i.id, i.startPeriod!);
    else if (i.status === "approved" && i.pinnedPeriod !== null && i.pinnedPeriod !== undefined) occupy(i.id, i.pinnedPeriod);
  }
  // Rule 4.
  const candidates = input.initiatives
    .filter((i) => (i.status === "proposed" || i.status === "approved") && !placement.has(i.id))
    .map((i) => i.id);
  const isCandidate = new Set(candidates);
  const eff = new Map<string, number>();
  const effective = (id: string): number => {
    if (!eff.has(id)) {
      let e = score.get(id)!.priority;
      for (const j of candidates) if (byId.get(j)!.dependsOn.includes(id)) e = Math.max(e, effective(j));
      eff.set(id, e);
    }
    return eff.get(id)!;
  };
  for (const id of candidates) if (effective(id) <= 0) placement.set(id, { reason: "no_positive_value" });
  // Rule 5.
  const better = (a: string, b: string) => {
    const [sa, sb] = [score.get(a)!, score.get(b)!];
    if (effective(a) !== effective(b)) return effective(a) > effective(b);
    if (sa.priority !== sb.priority) return sa.priority > sb.priority;
    if (sa.valueScore !== sb.valueScore) return sa.valueScore > sb.valueScore;
    return a < b;
  };
  for (;;) {
    const ready = candidates.filter(
      (id) => !placement.has(id) && byId.get(id)!.dependsOn.every((p) => !isCandidate.has(p) || placement.has(p)),
    );
    if (ready.length === 0) break;
    const id = ready.reduce((a, b) => (better(a, b) ? a : b));
    let earliest = 0;
    let blocked = false;
    for (const p of byId.get(id)!.dependsOn) {
      const status = byId.get(p)!.status;
      if (status === "done") continue; // finished before period 0
      const at = placement.get(p);
      if (status === "cancelled" || at === undefined || !("start" in at)) blocked = true;
      else earliest = Math.max(earliest, at.end + 1);
    }
    if (blocked) {
      placement.set(id, { reason: "blocked" });
      continue;
    }
    const d = dur(id);
    const per = byId.get(id)!.effort / d;
    let start = -1;
    for (let s = earliest; s + d <= P && start < 0; s++) {
      let fits = true;
      for (let q = s; q < s + d; q++) if (periods[q]!.capacity - used[q]! < per - 1e-9) fits = false;
      if (fits) start = s;
    }
    if (start < 0) placement.set(id, { reason: "no_capacity" });
    else occupy(id, start);
  }
  return { placement, used };
}

const currentPeriodArb = fc.integer({ min: -4, max: 9 });

describe("v2 planning properties", () => {
  it("no newly planned item starts before max(0, currentPeriod); none when currentPeriod >= P", () => {
    fc.assert(
      fc.property(portfolioArb(), periodsArb, currentPeriodArb, (input, periods, currentPeriod) => {
        const roadmap = planRoadmap(input, periods, { currentPeriod });
        const planned = roadmap.items.filter((i) => i.scheduled && i.kind === "planned");
        if (currentPeriod >= periods.length) expect(planned).toEqual([]);
        for (const item of planned) if (item.scheduled) expect(item.startPeriod).toBeGreaterThanOrEqual(Math.max(0, currentPeriod));
        // Pinned items are never in the past either: those pins are stale and planned.
        for (const item of roadmap.items)
          if (item.scheduled && item.kind === "pinned")
            expect(item.startPeriod).toBeGreaterThanOrEqual(Math.min(periods.length, Math.max(0, currentPeriod)));
      }),
      { numRuns: 200 },
    );
  });

  it("marks stalePin exactly on approved initiatives pinned before clamp(currentPeriod, 0, P)", () => {
    fc.assert(
      fc.property(portfolioArb(), periodsArb, currentPeriodArb, (input, periods, currentPeriod) => {
        const first = Math.min(periods.length, Math.max(0, currentPeriod));
        const byId = new Map(input.initiatives.map((i) => [i.id, i]));
        for (const item of planRoadmap(input, periods, { currentPeriod }).items) {
          const i = byId.get(item.id)!;
          const stale = i.status === "approved" && i.pinnedPeriod !== null && i.pinnedPeriod !== undefined && i.pinnedPeriod < first;
          expect(item.stalePin).toBe(stale);
          if (stale) expect(item.kind === "pinned").toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("with currentPeriod 0 and crownThreshold 0, the plan equals the v1 reference", () => {
    fc.assert(
      fc.property(portfolioArb(), periodsArb, (generated, periods) => {
        const input = { ...generated, model: { ...generated.model, crownThreshold: 0 } };
        const roadmap = planRoadmap(input, periods, { currentPeriod: 0 });
        const ref = v1Plan(input, periods);
        const got = new Map(
          roadmap.items.map((i): [string, Placement] => [
            i.id,
            i.scheduled ? { start: i.startPeriod, end: i.endPeriod } : { reason: i.reason },
          ]),
        );
        expect(got).toEqual(ref.placement);
        roadmap.periods.forEach((p, q) => expect(Math.abs(p.used - ref.used[q]!)).toBeLessThan(1e-6));
        expect(roadmap.items.every((i) => !i.stalePin)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a 3,500-initiative seeded portfolio (over 2,048 candidates: the planner's radix path) plans as the v1 reference", () => {
    for (const seed of [1]) {
      const { input: generated, periods } = makePortfolio(3_500, seed);
      const input = { ...generated, model: { ...generated.model, crownThreshold: 0 } };
      const roadmap = planRoadmap(input, periods);
      expect(roadmap.items.filter((i) => i.effectivePriority !== null && i.effectivePriority > 0).length).toBeGreaterThanOrEqual(2_048);
      const ref = v1Plan(input, periods);
      const got = new Map(
        roadmap.items.map((i): [string, Placement] => [
          i.id,
          i.scheduled ? { start: i.startPeriod, end: i.endPeriod } : { reason: i.reason },
        ]),
      );
      expect(got).toEqual(ref.placement);
    }
  });

  it("with crownThreshold 0, crowns are v1's: how many crown scores are above 0", () => {
    fc.assert(
      fc.property(portfolioArb(), (generated) => {
        const input = { ...generated, model: { ...generated.model, crownThreshold: 0 } };
        for (const r of scorePortfolio(input)) {
          const v1 = [r.scores.experience, r.scores.cost, r.scores.revenue].filter((s) => s > 0).length;
          expect(r.crowns).toBe(v1);
          expect(r.tripleCrown).toBe(v1 === 3);
        }
      }),
    );
  });
});
