// docs/scoring.md v2, section 6: planRoadmap(input, periods, { currentPeriod }).
// first = clamp(currentPeriod, 0, P); no new work before first; a pin before
// first is stale. Cost-only model: valued(id, v) has valueScore v, priority v / effort.
import { describe, expect, it } from "vitest";
import { planRoadmap, ScoringInputError } from "@/server/scoring";
import { costOnly, item, periods, placed, unplaced, used, valued } from "./fixtures";

// Four periods of capacity 2; x, y, z of effort 2 fill one period each, best first.
const four = periods([2, 2, 2, 2]);
const xyz = costOnly([valued("x", 9, { effort: 2 }), valued("y", 8, { effort: 2 }), valued("z", 7, { effort: 2 })]);

describe("currentPeriod", () => {
  it("defaults to 0, the v1 plan: x, y, z in periods 0, 1, 2", () => {
    const r = planRoadmap(xyz, four);
    expect([placed(r, "x").startPeriod, placed(r, "y").startPeriod, placed(r, "z").startPeriod]).toEqual([0, 1, 2]);
    expect([r.currentPeriod, r.firstOpenPeriod]).toEqual([0, 0]);
    expect(r).toEqual(planRoadmap(xyz, four, { currentPeriod: 0 }));
  });

  it("is clamped to 0 when negative (today is before the plan): the same placement as 0", () => {
    const r = planRoadmap(xyz, four, { currentPeriod: -3 });
    expect([placed(r, "x").startPeriod, placed(r, "y").startPeriod, placed(r, "z").startPeriod]).toEqual([0, 1, 2]);
    expect([r.currentPeriod, r.firstOpenPeriod]).toEqual([-3, 0]);
  });

  it("places nothing new before it when inside the plan: x in 2, y in 3, z has no capacity", () => {
    const r = planRoadmap(xyz, four, { currentPeriod: 2 });
    expect(placed(r, "x").startPeriod).toBe(2);
    expect(placed(r, "y").startPeriod).toBe(3);
    expect(unplaced(r, "z").reason).toBe("no_capacity");
    expect(used(r)).toEqual([0, 0, 2, 2]);
    expect(r.firstOpenPeriod).toBe(2);
  });

  it("needs the whole duration after it: a 2-period item at currentPeriod 3 of 4 does not fit", () => {
    const r = planRoadmap(costOnly([valued("long", 5, { effort: 2, durationPeriods: 2 })]), four, { currentPeriod: 3 });
    expect(unplaced(r, "long").reason).toBe("no_capacity");
  });

  it.each([4, 9])("past the last period (%i of 4 periods), plans nothing new", (currentPeriod) => {
    const r = planRoadmap(xyz, four, { currentPeriod });
    for (const id of ["x", "y", "z"]) expect(unplaced(r, id).reason).toBe("no_capacity");
    expect(used(r)).toEqual([0, 0, 0, 0]);
    expect([r.currentPeriod, r.firstOpenPeriod]).toEqual([currentPeriod, 4]);
  });

  it.each([1.5, Number.NaN, "2"])("rejects a currentPeriod of %s", (bad) => {
    expect(() => planRoadmap(xyz, four, { currentPeriod: bad as number })).toThrow(ScoringInputError);
    expect(() => planRoadmap(xyz, four, { currentPeriod: bad as number })).toThrow(/currentPeriod must be an integer period index/);
  });
});

describe("stale pins", () => {
  // old: approved, pinned to period 1, effort 2, value 1 (the lowest). best: value 9, effort 2.
  const pins = costOnly([valued("best", 9, { effort: 2 }), valued("old", 1, { effort: 2, status: "approved", pinnedPeriod: 1 })]);

  it("a pin to a period before the current one is planned like a candidate, marked stalePin", () => {
    const r = planRoadmap(pins, four, { currentPeriod: 2 });
    // Without the pin, old (priority 0.5) comes after best (4.5): best in 2, old in 3.
    expect(placed(r, "best").startPeriod).toBe(2);
    const old = placed(r, "old");
    expect([old.startPeriod, old.kind, old.stalePin, old.effectivePriority]).toEqual([3, "planned", true, 0.5]);
    expect(item(r, "best").stalePin).toBe(false);
    expect(used(r)).toEqual([0, 0, 2, 2]);
  });

  it("a pin to the current period is still honoured, placed before the candidates", () => {
    const r = planRoadmap(pins, four, { currentPeriod: 1 });
    const old = placed(r, "old");
    expect([old.startPeriod, old.kind, old.stalePin, old.effectivePriority]).toEqual([1, "pinned", false, null]);
    // The pin took period 1's whole capacity, so best (better, but a candidate) goes to 2.
    expect(placed(r, "best").startPeriod).toBe(2);
    expect(used(r)).toEqual([0, 2, 2, 0]);
  });

  it("a stale pin with no room left is unscheduled with its reason, still marked stale", () => {
    const r = planRoadmap(pins, four, { currentPeriod: 3 });
    expect(placed(r, "best").startPeriod).toBe(3);
    const old = unplaced(r, "old");
    expect([old.reason, old.stalePin]).toEqual(["no_capacity", true]);
  });

  it("a pin beyond the plan is not stale when today is past the end: placed where pinned", () => {
    const r = planRoadmap(costOnly([valued("later", 3, { status: "approved", pinnedPeriod: 5 })]), four, { currentPeriod: 5 });
    const later = placed(r, "later");
    expect([later.startPeriod, later.kind, later.stalePin, later.extendsBeyondPlan]).toEqual([5, "pinned", false, true]);
  });
});

describe("in-progress work covering history", () => {
  // ip: started in period 0, 3 periods, effort 3 → 1 a period in 0, 1, 2.
  // late: started in period 0 for 1 period: it should have ended before period 2.
  const history = costOnly([
    valued("ip", 4, { effort: 3, durationPeriods: 3, status: "in_progress", startPeriod: 0 }),
    valued("late", 2, { effort: 1, status: "in_progress", startPeriod: 0 }),
    valued("new", 6, { effort: 2 }),
  ]);

  it("keeps its place and uses capacity in the past periods, as in v1; new work goes after today", () => {
    const r = planRoadmap(history, four, { currentPeriod: 2 });
    const ip = placed(r, "ip");
    expect([ip.startPeriod, ip.endPeriod, ip.kind, ip.overdue]).toEqual([0, 2, "in_progress", false]);
    // Period 2 has 2 − 1 = 1 left, too little for new (2): it goes to 3.
    expect(placed(r, "new").startPeriod).toBe(3);
    expect(used(r)).toEqual([2, 1, 1, 2]);
  });

  it("is overdue when its last period is before the current one", () => {
    const r = planRoadmap(history, four, { currentPeriod: 2 });
    const late = placed(r, "late");
    expect([late.startPeriod, late.endPeriod, late.overdue]).toEqual([0, 0, true]);
    expect(placed(planRoadmap(history, four, { currentPeriod: 0 }), "late").overdue).toBe(false);
  });
});

describe("prerequisites that finished in the past", () => {
  it("an in-progress prerequisite that ended in period 0: the dependent starts at the current period 2, not 1", () => {
    const input = costOnly([valued("pre", 1, { status: "in_progress", startPeriod: 0 }), valued("dep", 5, { dependsOn: ["pre"] })]);
    expect(placed(planRoadmap(input, four, { currentPeriod: 2 }), "dep").startPeriod).toBe(2);
    // v1 (currentPeriod 0): right after its prerequisite, in period 1.
    expect(placed(planRoadmap(input, four), "dep").startPeriod).toBe(1);
  });

  it("a done prerequisite: the dependent starts at the current period (0 in v1)", () => {
    const input = costOnly([valued("pre", 1, { status: "done", startPeriod: 0 }), valued("dep", 5, { dependsOn: ["pre"] })]);
    expect(placed(planRoadmap(input, four, { currentPeriod: 3 }), "dep").startPeriod).toBe(3);
    expect(placed(planRoadmap(input, four), "dep").startPeriod).toBe(0);
  });

  it("a prerequisite still running after today delays the dependent past its end", () => {
    // pre runs in periods 1..2; today is period 1: dep may start in 3.
    const input = costOnly([
      valued("pre", 1, { status: "in_progress", startPeriod: 1, durationPeriods: 2 }),
      valued("dep", 5, { dependsOn: ["pre"] }),
    ]);
    expect(placed(planRoadmap(input, four, { currentPeriod: 1 }), "dep").startPeriod).toBe(3);
  });
});
