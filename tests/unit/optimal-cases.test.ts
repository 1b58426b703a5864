// The optimal plan (docs/scoring.md section 9) on cases worked out by hand.
// Cost-only model: valued(id, v) has valueScore exactly v and priority v / effort,
// so the greedy order and the optimum can be read off the numbers below.
import { describe, expect, it } from "vitest";
import { greedyPlan, optimizePlan, type ChoiceItem, type PlanChoice } from "@/server/scoring";
import { costOnly, initiative, periods, valued } from "./scoring/fixtures";

function find(plan: PlanChoice, id: string): ChoiceItem {
  const found = plan.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}
const startOf = (plan: PlanChoice, id: string): number | null => {
  const it = find(plan, id);
  return it.scheduled ? it.startPeriod : null;
};
const why = (plan: PlanChoice, id: string) => {
  const it = find(plan, id);
  if (it.scheduled) throw new Error(`${id} is scheduled at ${it.startPeriod}`);
  return { reason: it.reason, blockedBy: it.blockedBy, fullPeriods: it.fullPeriods };
};

describe("optimizePlan: where greedy is not optimal", () => {
  it("(a) drops a big initiative that blocks two smaller ones worth more together", async () => {
    // One period of 10. Greedy takes a first (priority 12/8 = 1.5 > 7/5 = 1.4): 2 left, b and c no longer fit: 12.
    // Optimum: b + c = 7 + 7 = 14 (effort 5 + 5 = 10); a is left out, period 0 has 0 left < 8.
    const input = costOnly([valued("a", 12, { effort: 8 }), valued("b", 7, { effort: 5 }), valued("c", 7, { effort: 5 })]);
    const plan = await optimizePlan(input, periods([10]));
    expect(plan.status).toBe("optimal");
    expect(plan.objective).toBeCloseTo(14, 9);
    expect(plan.greedyObjective).toBeCloseTo(12, 9);
    expect(plan.bound).toBeCloseTo(14, 9);
    expect(plan.gap).toBe(0);
    expect([startOf(plan, "b"), startOf(plan, "c")]).toEqual([0, 0]);
    expect(why(plan, "a")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [0] });
    expect(plan.changes).toEqual([
      { id: "a", kind: "dropped", greedyStart: 0, start: null },
      { id: "b", kind: "added", greedyStart: null, start: 0 },
      { id: "c", kind: "added", greedyStart: null, start: 0 },
    ]);
    expect(plan.periods).toEqual([{ id: "p0", label: "P1", capacity: 10, used: 10, left: 0 }]);
    expect(plan.totals).toEqual({ value: 14, tripleCrowns: 0, npv: expect.any(Number) as number, effort: 10, planned: 2 });
  });

  it("(b) takes an enabler with negative value when what it unlocks is worth more", async () => {
    // Periods of 5 and 5. e (value −1, effort 5) enables d (value 30, effort 5); x (value 14, effort 2).
    // Greedy: x first (priority 7 > e's inherited 6) in period 0; e no longer fits there, goes to 1;
    // d must start after e, at 2: no period. Greedy value 14 − 1 = 13.
    // Optimum: e in 0, d in 1: −1 + 30 = 29; x does not fit (0 left in both periods).
    const input = costOnly([
      valued("e", -1, { effort: 5 }),
      valued("d", 30, { effort: 5, dependsOn: ["e"] }),
      valued("x", 14, { effort: 2 }),
    ]);
    const plan = await optimizePlan(input, periods([5, 5]));
    expect(plan.status).toBe("optimal");
    expect(plan.objective).toBeCloseTo(29, 9);
    expect(plan.greedyObjective).toBeCloseTo(13, 9);
    expect([startOf(plan, "e"), startOf(plan, "d")]).toEqual([0, 1]);
    expect(why(plan, "x")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [0, 1] });
    // In ranking order: x (priority 7), d (6), e (−0.2).
    expect(plan.changes).toEqual([
      { id: "x", kind: "dropped", greedyStart: 0, start: null },
      { id: "d", kind: "added", greedyStart: null, start: 1 },
      { id: "e", kind: "moved", greedyStart: 1, start: 0 },
    ]);
  });

  it("does not schedule an enabler that unlocks nothing scheduled", async () => {
    // e (−1) enables d (30, effort 6), which fits no period of 5: e alone would only cost value.
    const input = costOnly([valued("e", -1, { effort: 1 }), valued("d", 30, { effort: 6, dependsOn: ["e"] })]);
    const plan = await optimizePlan(input, periods([5, 5]));
    expect(plan.objective).toBe(0);
    expect(why(plan, "e").reason).toBe("no_positive_value");
    expect(why(plan, "d")).toEqual({ reason: "blocked", blockedBy: ["e"], fullPeriods: null });
  });

  it("(c) among plans of the same value, delivers earlier (smallest Σ valueScore × end)", async () => {
    // Periods of 10 and 10; all three fit (effort 20), value 23 either way.
    // Greedy: s (priority 1.5) in 0, l (1.2) no longer fits 0 so goes to 1, m (1.0) in 0: Σ v × end = 12 × 1 = 12.
    // Period 0 holds either {l} or {s, m}: l first gives 3 × 1 + 8 × 1 = 11 < 12, the optimum.
    const input = costOnly([valued("s", 3, { effort: 2 }), valued("l", 12, { effort: 10 }), valued("m", 8, { effort: 8 })]);
    const plan = await optimizePlan(input, periods([10, 10]));
    expect(plan.status).toBe("optimal");
    expect(plan.objective).toBeCloseTo(23, 9);
    expect(plan.greedyObjective).toBeCloseTo(23, 9);
    expect([startOf(plan, "l"), startOf(plan, "s"), startOf(plan, "m")]).toEqual([0, 1, 1]);
    expect(plan.changes.map((c) => [c.id, c.kind, c.greedyStart, c.start])).toEqual([
      ["s", "moved", 0, 1],
      ["l", "moved", 1, 0],
      ["m", "moved", 0, 1],
    ]);
  });

  it("(d) places nothing new in history before currentPeriod, even with room there", async () => {
    // Periods 10, 5, 5 and today in period 1: a in 1, b in 2; c has no room in 1 or 2 (period 0 is not counted).
    const input = costOnly([valued("a", 10, { effort: 5 }), valued("b", 8, { effort: 5 }), valued("c", 6, { effort: 5 })]);
    const plan = await optimizePlan(input, periods([10, 5, 5]), { currentPeriod: 1 });
    expect([startOf(plan, "a"), startOf(plan, "b")]).toEqual([1, 2]);
    expect(why(plan, "c")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [1, 2] });
    expect(plan.periods.map((p) => p.used)).toEqual([0, 5, 5]);
    expect(plan.objective).toBeCloseTo(18, 9);
  });

  it("(d) gives a period that fixed work already overfills no new work", async () => {
    // w is in progress in period 0 with effort 6 > capacity 5. a (effort 1) cannot use period 0, so it goes to 1
    // (capacity 10, 9 left); b (effort 10) then fits nowhere. a alone (10) beats b alone (9).
    const input = costOnly([
      valued("w", 1, { effort: 6, status: "in_progress", startPeriod: 0 }),
      valued("a", 10, { effort: 1 }),
      valued("b", 9, { effort: 10 }),
    ]);
    const plan = await optimizePlan(input, periods([5, 10]));
    expect(find(plan, "w")).toMatchObject({ scheduled: true, kind: "in_progress", startPeriod: 0, endPeriod: 0 });
    expect(startOf(plan, "a")).toBe(1);
    expect(why(plan, "b")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [0, 1] });
    expect(plan.periods.map((p) => [p.used, p.left])).toEqual([
      [6, 0],
      [1, 9],
    ]);
    expect(plan.objective).toBeCloseTo(10, 9);
    expect(plan.totals.value).toBeCloseTo(11, 9);
    expect(plan.totals.planned).toBe(1);
  });

  it("keeps a valid pin where it is and plans a stale pin like any candidate", async () => {
    // Today is period 1. p is pinned to 2 (valid: fixed there); s is pinned to 0 (stale: a candidate).
    const input = costOnly([
      valued("p", 1, { effort: 4, status: "approved", pinnedPeriod: 2 }),
      valued("s", 5, { effort: 4, status: "approved", pinnedPeriod: 0 }),
    ]);
    const plan = await optimizePlan(input, periods([4, 4, 4]), { currentPeriod: 1 });
    expect(find(plan, "p")).toMatchObject({ scheduled: true, kind: "pinned", startPeriod: 2 });
    expect(find(plan, "s")).toMatchObject({ scheduled: true, kind: "planned", startPeriod: 1 });
  });
});

describe("(f) the reason that binds each initiative left out", () => {
  // Periods of 4, 10 and 4. a (50, effort 8) fits only period 1; b (10, effort 4) and d (8, effort 3) need a;
  // c (9, effort 4); e needs the cancelled k; f has negative value; g (6, effort 1) needs d.
  // Greedy: a in 1; d inherits g's priority 6 and takes period 2; b then has 1 left there; c in 0: 50 + 8 + 9 = 67.
  // Optimum: a in 1, c in 0, b in 2: 69. d's only start is period 2 (after a), which has 0 left < 3;
  // g needs d; e needs k; f has no value.
  const input = costOnly([
    valued("a", 50, { effort: 8 }),
    valued("b", 10, { effort: 4, dependsOn: ["a"] }),
    valued("c", 9, { effort: 4 }),
    valued("d", 8, { effort: 3, dependsOn: ["a"] }),
    valued("e", 5, { effort: 1, dependsOn: ["k"] }),
    valued("f", -3, { effort: 1 }),
    valued("g", 6, { effort: 1, dependsOn: ["d"] }),
    initiative("k", { status: "cancelled" }),
  ]);

  it("no_capacity names the full periods of the starts it could have, blocked names the blocker", async () => {
    const plan = await optimizePlan(input, periods([4, 10, 4]));
    expect(plan.status).toBe("optimal");
    expect(plan.objective).toBeCloseTo(69, 9);
    expect(plan.greedyObjective).toBeCloseTo(67, 9);
    expect([startOf(plan, "a"), startOf(plan, "b"), startOf(plan, "c")]).toEqual([1, 2, 0]);
    expect(why(plan, "d")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [2] });
    expect(why(plan, "e")).toEqual({ reason: "blocked", blockedBy: ["k"], fullPeriods: null });
    expect(why(plan, "f")).toEqual({ reason: "no_positive_value", blockedBy: null, fullPeriods: null });
    expect(why(plan, "g")).toEqual({ reason: "blocked", blockedBy: ["d"], fullPeriods: null });
    expect(plan.items.map((i) => i.id)).toEqual(["a", "g", "e", "d", "b", "c", "f"]); // ranking order; k is closed
  });

  it("greedyPlan gives the greedy plan with the same kinds of reasons", () => {
    const plan = greedyPlan(input, periods([4, 10, 4]));
    expect(plan.status).toBe("greedy");
    expect([plan.objective, plan.greedyObjective, plan.bound, plan.gap, plan.changes]).toEqual([67, 67, null, null, []]);
    expect([startOf(plan, "a"), startOf(plan, "d"), startOf(plan, "c")]).toEqual([1, 2, 0]);
    expect(why(plan, "b")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [2] });
    expect(why(plan, "g")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [] });
  });
});

describe("(e) scenarios: forced in and forced out", () => {
  it("forceOut leaves the initiative out and blocks what depends on it", async () => {
    const input = costOnly([valued("a", 10), valued("b", 20, { dependsOn: ["a"] }), valued("c", 5)]);
    const plan = await optimizePlan(input, periods([10, 10]), { forceOut: ["a"] });
    expect(why(plan, "a")).toEqual({ reason: "forced_out", blockedBy: null, fullPeriods: null });
    expect(why(plan, "b")).toEqual({ reason: "blocked", blockedBy: ["a"], fullPeriods: null });
    expect(startOf(plan, "c")).toBe(0);
    expect(plan.objective).toBeCloseTo(5, 9);
    expect(plan.greedyObjective).toBeCloseTo(5, 9);
    expect(plan.changes).toEqual([]);
    const greedy = greedyPlan(input, periods([10, 10]), { forceOut: ["a"] });
    expect(why(greedy, "a").reason).toBe("forced_out");
    expect(why(greedy, "b")).toEqual({ reason: "blocked", blockedBy: ["a"], fullPeriods: null });
  });

  it("forceIn schedules an initiative the optimum would leave out, with its candidate prerequisite", async () => {
    // One period of 10 then one of 10. x (value −5, effort 5) needs q (value −1, effort 5); y (8, effort 10).
    // Forced: q in 0, x in 1 (after q); y then fits neither period: −6.
    const input = costOnly([
      valued("q", -1, { effort: 5 }),
      valued("x", -5, { effort: 5, dependsOn: ["q"] }),
      valued("y", 8, { effort: 10 }),
    ]);
    const plan = await optimizePlan(input, periods([10, 10]), { forceIn: ["x"] });
    expect(plan.status).toBe("optimal");
    expect([startOf(plan, "q"), startOf(plan, "x")]).toEqual([0, 1]);
    expect(plan.objective).toBeCloseTo(-6, 9);
    expect(why(plan, "y")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [0, 1] });
    const greedy = greedyPlan(input, periods([10, 10]), { forceIn: ["x"] });
    expect(greedy.status).toBe("greedy");
    expect([startOf(greedy, "q"), startOf(greedy, "x")]).toEqual([0, 1]);
    expect(greedy.objective).toBeCloseTo(-6, 9);
  });

  it("forceIn of something that cannot fit is infeasible, naming it and the full periods; the plan is the optimum without it", async () => {
    // w (in progress, effort 3) leaves 2 in period 0; period 1 has 5. x needs 6 in one period: neither.
    const input = costOnly([
      valued("w", 1, { effort: 3, status: "in_progress", startPeriod: 0 }),
      valued("x", 10, { effort: 6 }),
      valued("y", 3, { effort: 5 }),
    ]);
    const plan = await optimizePlan(input, periods([5, 5]), { forceIn: ["x"] });
    expect(plan.status).toBe("infeasible");
    expect(plan.infeasible).toEqual([{ id: "x", reason: "no_capacity", blockedBy: null, fullPeriods: [0, 1] }]);
    expect(startOf(plan, "y")).toBe(1);
    expect(plan.objective).toBeCloseTo(3, 9);
    expect(why(plan, "x").reason).toBe("no_capacity");
    const greedy = greedyPlan(input, periods([5, 5]), { forceIn: ["x"] });
    expect(greedy.status).toBe("infeasible");
    expect(greedy.infeasible).toEqual([{ id: "x", reason: "no_capacity", blockedBy: null, fullPeriods: [0, 1] }]);
  });

  it("forceIn of something blocked by a cancelled prerequisite is infeasible, blocked by it", async () => {
    const input = costOnly([initiative("k", { status: "cancelled" }), valued("x", 10, { dependsOn: ["k"] }), valued("y", 4)]);
    const plan = await optimizePlan(input, periods([5]), { forceIn: ["x"] });
    expect(plan.status).toBe("infeasible");
    expect(plan.infeasible).toEqual([{ id: "x", reason: "blocked", blockedBy: ["k"], fullPeriods: null }]);
    expect(why(plan, "x")).toEqual({ reason: "blocked", blockedBy: ["k"], fullPeriods: null });
    expect(startOf(plan, "y")).toBe(0);
    const greedy = greedyPlan(input, periods([5]), { forceIn: ["x"] });
    expect(greedy.infeasible).toEqual([{ id: "x", reason: "blocked", blockedBy: ["k"], fullPeriods: null }]);
  });

  it("forceIn of something that needs a forced-out initiative is infeasible, blocked by it", async () => {
    const input = costOnly([valued("a", 2), valued("x", 10, { dependsOn: ["a"] })]);
    const plan = await optimizePlan(input, periods([5]), { forceIn: ["x"], forceOut: ["a"] });
    expect(plan.infeasible).toEqual([{ id: "x", reason: "blocked", blockedBy: ["a"], fullPeriods: null }]);
  });

  it("forced-in initiatives that each fit alone but not together are all named, with the period they compete for", async () => {
    // One period of 10: a and b need 6 each. Released, the optimum is c (9, effort 10) alone.
    const input = costOnly([valued("a", 1, { effort: 6 }), valued("b", 1, { effort: 6 }), valued("c", 9, { effort: 10 })]);
    const plan = await optimizePlan(input, periods([10]), { forceIn: ["a", "b"] });
    expect(plan.status).toBe("infeasible");
    expect(plan.infeasible).toEqual([
      { id: "a", reason: "no_capacity", blockedBy: null, fullPeriods: [0] },
      { id: "b", reason: "no_capacity", blockedBy: null, fullPeriods: [0] },
    ]);
    expect(startOf(plan, "c")).toBe(0);
    expect(plan.objective).toBeCloseTo(9, 9);
  });

  it("keeps the forced-in initiatives that fit when another one cannot", async () => {
    // k cancelled blocks x; a (value 1) still must be in, so c (9, effort 10) no longer fits.
    const input = costOnly([
      initiative("k", { status: "cancelled" }),
      valued("x", 10, { dependsOn: ["k"] }),
      valued("a", 1, { effort: 6 }),
      valued("c", 9, { effort: 10 }),
    ]);
    const plan = await optimizePlan(input, periods([10]), { forceIn: ["x", "a"] });
    expect(plan.status).toBe("infeasible");
    expect(plan.infeasible.map((f) => f.id)).toEqual(["x"]);
    expect(startOf(plan, "a")).toBe(0);
    expect(startOf(plan, "c")).toBeNull();
    expect(plan.objective).toBeCloseTo(1, 9);
  });
});

describe("options", () => {
  const input = costOnly([
    valued("open", 5),
    valued("run", 1, { status: "in_progress", startPeriod: 0 }),
    valued("pin", 1, { status: "approved", pinnedPeriod: 0 }),
    initiative("gone", { status: "cancelled" }),
    initiative("did", { status: "done", startPeriod: -1 }),
  ]);

  it("lists force ids that are not open candidates as ignored, once each", async () => {
    const plan = await optimizePlan(input, periods([10]), {
      forceIn: ["nope", "run", "pin", "nope"],
      forceOut: ["gone", "did"],
    });
    expect(plan.ignored).toEqual(["nope", "run", "pin", "gone", "did"]);
    expect(plan.status).toBe("optimal");
    expect(startOf(plan, "open")).toBe(0);
  });

  it("refuses an id that is both forced in and forced out, naming it", async () => {
    await expect(optimizePlan(input, periods([10]), { forceIn: ["open"], forceOut: ["open"] })).rejects.toMatchObject({
      name: "ScoringInputError",
      issues: [{ path: "options.forceIn", ids: ["open"], message: '"open" cannot be both forced in and forced out' }],
    });
    expect(() => greedyPlan(input, periods([10]), { forceIn: ["open"], forceOut: ["open"] })).toThrow(/both forced in and forced out/);
  });

  it.each([50, 60_001, 1.5, "2000"])("refuses timeLimitMs %j", async (timeLimitMs) => {
    await expect(optimizePlan(input, periods([10]), { timeLimitMs: timeLimitMs as number })).rejects.toMatchObject({
      issues: [{ path: "options.timeLimitMs" }],
    });
  });

  it("refuses force lists that are not lists of ids, a bad currentPeriod, and bad input", async () => {
    await expect(optimizePlan(input, periods([10]), { forceIn: "open" as unknown as string[] })).rejects.toMatchObject({
      issues: [{ path: "options.forceIn", message: "forceIn must be a list of initiative ids" }],
    });
    await expect(optimizePlan(input, periods([10]), { currentPeriod: 0.5 })).rejects.toMatchObject({
      issues: [{ path: "options.currentPeriod" }],
    });
    await expect(optimizePlan(input, [{ id: "p", capacity: -1 }])).rejects.toMatchObject({ issues: [{ path: "periods.capacity" }] });
    const cyclic = costOnly([valued("a", 1, { dependsOn: ["b"] }), valued("b", 1, { dependsOn: ["a"] })]);
    await expect(optimizePlan(cyclic, periods([10]))).rejects.toMatchObject({ issues: [{ path: "initiatives.dependsOn" }] });
  });

  it("plans nothing new with no periods, or with today past the plan", async () => {
    for (const [ps, currentPeriod] of [
      [periods([]), 0],
      [periods([10]), 3],
    ] as const) {
      const plan = await optimizePlan(input, ps, { currentPeriod });
      expect(plan.status).toBe("optimal");
      expect(plan.objective).toBe(0);
      expect(why(plan, "open")).toEqual({ reason: "no_capacity", blockedBy: null, fullPeriods: [] });
    }
  });
});
