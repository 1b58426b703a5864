// Each rule of docs/scoring.md section 6, hand-worked. Cost-only model: valued(id, v)
// has valueScore v, so priority = v / effort.
import { describe, expect, it } from "vitest";
import { planRoadmap, ScoringInputError } from "@/server/scoring";
import { costOnly, fixed, initiative, item, periods, placed, portfolio, unplaced, used, valued } from "./fixtures";

describe("greedy placement (rule 5)", () => {
  it("fills periods by priority and reports no_capacity when nothing is left", () => {
    const r = planRoadmap(
      costOnly([valued("c", 30, { effort: 10 }), valued("a", 50, { effort: 10 }), valued("b", 40, { effort: 10 })]),
      periods([10, 10]),
    );
    expect(placed(r, "a")).toMatchObject({ kind: "planned", startPeriod: 0, endPeriod: 0 });
    expect(placed(r, "b")).toMatchObject({ kind: "planned", startPeriod: 1, endPeriod: 1 });
    expect(unplaced(r, "c")).toMatchObject({ unscheduled: true, reason: "no_capacity", blockedBy: null });
    expect(used(r)).toEqual([10, 10]);
    expect(r.totals).toMatchObject({
      valueScheduled: 90,
      effortScheduled: 20,
      effortUnscheduled: 10,
      scheduledCount: 2,
      unscheduledCount: 1,
    });
    // items come in ranking order
    expect(r.items.map((i) => i.id)).toEqual(["a", "b", "c"]);
  });

  it("lets a small item use capacity left over by a bigger, better one", () => {
    const r = planRoadmap(
      costOnly([valued("big", 80, { effort: 8 }), valued("mid", 45, { effort: 5 }), valued("small", 10, { effort: 2 })]),
      periods([10]),
    );
    expect(placed(r, "big").startPeriod).toBe(0);
    expect(unplaced(r, "mid").reason).toBe("no_capacity");
    expect(placed(r, "small").startPeriod).toBe(0);
    expect(used(r)).toEqual([10]);
  });

  it("breaks a full tie by the lower id", () => {
    const r = planRoadmap(costOnly([valued("b", 10, { effort: 10 }), valued("a", 10, { effort: 10 })]), periods([10]));
    expect(placed(r, "a").startPeriod).toBe(0);
    expect(unplaced(r, "b").reason).toBe("no_capacity");
  });

  it("compares capacity with a 1e-9 tolerance", () => {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004 in floating point
    const r = planRoadmap(costOnly(["x", "y", "z"].map((id) => valued(id, 5, { effort: 0.1 }))), periods([0.3]));
    expect(r.items.every((i) => i.scheduled && i.startPeriod === 0)).toBe(true);
    expect(r.periods[0]!.overCapacity).toBe(false);
  });
});

describe("multi-period durations", () => {
  it("uses effort / duration in each of d consecutive periods, and skips periods too full", () => {
    const r = planRoadmap(
      costOnly([
        valued("a", 90, { effort: 12, durationPeriods: 3 }), // priority 7.5, 4 per period
        valued("b", 70, { effort: 14, durationPeriods: 2 }), // priority 5, 7 per period
        valued("c", 20, { effort: 6, durationPeriods: 3 }), // priority 3.33, 2 per period
      ]),
      periods([10, 10, 10, 10, 10]),
    );
    expect(placed(r, "a")).toMatchObject({ startPeriod: 0, endPeriod: 2, effortPerPeriod: 4 });
    // periods 0–2 have 6 left < 7: b starts at 3
    expect(placed(r, "b")).toMatchObject({ startPeriod: 3, endPeriod: 4, effortPerPeriod: 7 });
    expect(placed(r, "c")).toMatchObject({ startPeriod: 0, endPeriod: 2, effortPerPeriod: 2 });
    expect(used(r)).toEqual([6, 6, 6, 7, 7]);
  });

  it("reports no_capacity when the duration does not fit before the plan's end", () => {
    const r = planRoadmap(costOnly([valued("long", 50, { effort: 3, durationPeriods: 3 })]), periods([10, 10]));
    expect(unplaced(r, "long").reason).toBe("no_capacity");
    expect(used(r)).toEqual([0, 0]);
  });
});

describe("in-progress work (rule 2)", () => {
  it("keeps its start and uses capacity even beyond it", () => {
    const r = planRoadmap(
      costOnly([valued("run", 1, { status: "in_progress", startPeriod: 0, effort: 8 }), valued("next", 50, { effort: 1 })]),
      periods([5, 5]),
    );
    expect(placed(r, "run")).toMatchObject({ kind: "in_progress", startPeriod: 0, endPeriod: 0, effectivePriority: null });
    expect(r.periods[0]).toMatchObject({ used: 8, capacity: 5, remaining: -3, overCapacity: true });
    // period 0 has no capacity left, so the candidate waits
    expect(placed(r, "next").startPeriod).toBe(1);
    expect(r.totals.overCapacityPeriods).toBe(1);
  });

  it("counts only the periods inside the plan when it started before it", () => {
    const r = planRoadmap(
      costOnly([valued("run", 1, { status: "in_progress", startPeriod: -1, effort: 9, durationPeriods: 3 })]),
      periods([10, 10, 10]),
    );
    expect(placed(r, "run")).toMatchObject({ startPeriod: -1, endPeriod: 1, overdue: false, extendsBeyondPlan: false });
    expect(used(r)).toEqual([3, 3, 0]);
  });

  it("marks work that should have ended before the plan as overdue, using no capacity", () => {
    const r = planRoadmap(
      costOnly([
        valued("late", 1, { status: "in_progress", startPeriod: -3, effort: 4, durationPeriods: 2 }),
        valued("after", 10, { dependsOn: ["late"] }),
      ]),
      periods([10]),
    );
    expect(placed(r, "late")).toMatchObject({ startPeriod: -3, endPeriod: -2, overdue: true });
    expect(used(r)).toEqual([1]); // only "after"
    expect(placed(r, "after").startPeriod).toBe(0);
  });

  it("is placed even when its own prerequisite was cancelled (its dependencies are not checked)", () => {
    const r = planRoadmap(
      costOnly([
        valued("gone", 10, { status: "cancelled" }),
        valued("run", 10, { status: "in_progress", startPeriod: 0, dependsOn: ["gone"] }),
      ]),
      periods([10]),
    );
    expect(placed(r, "run").kind).toBe("in_progress");
  });

  it("delays its dependents until after its last period", () => {
    const r = planRoadmap(
      costOnly([
        valued("run", 1, { status: "in_progress", startPeriod: 0, effort: 2, durationPeriods: 2 }),
        valued("next", 50, { dependsOn: ["run"] }),
      ]),
      periods([10, 10, 10]),
    );
    expect(placed(r, "next").startPeriod).toBe(2);
  });
});

describe("pinned work (rule 3)", () => {
  it("is placed at its pinned period even beyond capacity", () => {
    const r = planRoadmap(
      costOnly([
        valued("run", 1, { status: "in_progress", startPeriod: 0, effort: 10 }),
        valued("pin", -5, { status: "approved", pinnedPeriod: 0, effort: 5 }),
      ]),
      periods([10]),
    );
    // a pin is a commitment: placed even with a negative value
    expect(placed(r, "pin")).toMatchObject({ kind: "pinned", startPeriod: 0, endPeriod: 0 });
    expect(r.periods[0]).toMatchObject({ used: 15, overCapacity: true });
  });

  it("is placed where pinned even after the plan's end, using none of its capacity", () => {
    const r = planRoadmap(
      costOnly([valued("pin", 10, { status: "approved", pinnedPeriod: 5, effort: 5 }), valued("after", 20, { dependsOn: ["pin"] })]),
      periods([10, 10]),
    );
    expect(placed(r, "pin")).toMatchObject({ startPeriod: 5, endPeriod: 5, extendsBeyondPlan: true });
    expect(used(r)).toEqual([0, 0]);
    expect(unplaced(r, "after").reason).toBe("no_capacity");
  });

  it("delays dependents until it ends", () => {
    const r = planRoadmap(
      costOnly([valued("pin", 10, { status: "approved", pinnedPeriod: 1, effort: 1 }), valued("after", 90, { dependsOn: ["pin"] })]),
      periods([10, 10, 10]),
    );
    expect(placed(r, "after").startPeriod).toBe(2);
  });

  it("only applies to approved initiatives: a proposed one with a pin is a candidate", () => {
    const r = planRoadmap(costOnly([valued("p", 10, { status: "proposed", pinnedPeriod: 2 })]), periods([10, 10, 10]));
    expect(placed(r, "p")).toMatchObject({ kind: "planned", startPeriod: 0 });
  });
});

describe("effective priority (rule 4)", () => {
  it("pulls an enabler forward by the priority of what it unlocks", () => {
    const r = planRoadmap(
      costOnly([
        valued("enabler", 1, { effort: 10 }), // priority 0.1, inherits 9
        valued("dependent", 90, { effort: 10, dependsOn: ["enabler"] }), // priority 9
        valued("other", 50, { effort: 10 }), // priority 5
      ]),
      periods([10, 10, 10]),
    );
    expect(placed(r, "enabler")).toMatchObject({ startPeriod: 0, effectivePriority: 9, pulledForwardBy: "dependent" });
    expect(placed(r, "dependent")).toMatchObject({ startPeriod: 1, effectivePriority: 9, pulledForwardBy: null });
    expect(placed(r, "other")).toMatchObject({ startPeriod: 2, effectivePriority: 5 });
  });

  it("passes urgency down a chain and names its origin", () => {
    const r = planRoadmap(
      costOnly([valued("a", 1), valued("b", 2, { dependsOn: ["a"] }), valued("c", 30, { dependsOn: ["b"] })]),
      periods([10, 10, 10]),
    );
    expect(item(r, "a")).toMatchObject({ effectivePriority: 30, pulledForwardBy: "c" });
    expect(item(r, "b")).toMatchObject({ effectivePriority: 30, pulledForwardBy: "c" });
    expect([placed(r, "a").startPeriod, placed(r, "b").startPeriod, placed(r, "c").startPeriod]).toEqual([0, 1, 2]);
  });

  it("breaks an effective-priority tie by own priority", () => {
    const r = planRoadmap(
      costOnly([
        valued("e", 10, { effort: 10 }), // priority 1, inherits 9
        valued("d", 90, { effort: 10, dependsOn: ["e"] }), // priority 9
        valued("f", 90, { effort: 10 }), // priority 9
      ]),
      periods([10, 10, 10]),
    );
    expect([placed(r, "f").startPeriod, placed(r, "e").startPeriod, placed(r, "d").startPeriod]).toEqual([0, 1, 2]);
  });

  it("leaves candidates with effective priority <= 0 unscheduled as no_positive_value", () => {
    const r = planRoadmap(
      costOnly([
        valued("loss", -5),
        valued("zero", 0),
        valued("needed", -5), // negative itself, but unlocks "worth"
        valued("worth", 40, { dependsOn: ["needed"] }),
      ]),
      periods([10]),
    );
    expect(unplaced(r, "loss")).toMatchObject({ reason: "no_positive_value", effectivePriority: -5 });
    expect(unplaced(r, "zero").reason).toBe("no_positive_value");
    expect(placed(r, "needed")).toMatchObject({ startPeriod: 0, effectivePriority: 40 });
    expect(unplaced(r, "worth").reason).toBe("no_capacity"); // one period only, and it must follow "needed"
  });

  it("does not inherit through a pinned initiative (only candidates pass urgency on)", () => {
    const r = planRoadmap(
      costOnly([
        valued("base", 1),
        valued("pin", 1, { status: "approved", pinnedPeriod: 1, dependsOn: ["base"] }),
        valued("top", 90, { dependsOn: ["pin"] }),
      ]),
      periods([10, 10, 10]),
    );
    expect(item(r, "base")).toMatchObject({ effectivePriority: 1, pulledForwardBy: null });
    expect(item(r, "pin").effectivePriority).toBeNull();
  });
});

describe("blocked prerequisites (rules 1 and 5)", () => {
  it("blocks a dependent of an unscheduled prerequisite and names it", () => {
    const r = planRoadmap(costOnly([valued("p", 50, { effort: 20 }), valued("q", 60, { dependsOn: ["p"] })]), periods([10]));
    expect(unplaced(r, "p").reason).toBe("no_capacity");
    expect(unplaced(r, "q")).toMatchObject({ reason: "blocked", blockedBy: ["p"] });
  });

  it("blocks transitively, each naming its direct prerequisite", () => {
    const r = planRoadmap(
      costOnly([valued("p", 50, { effort: 20 }), valued("q", 60, { dependsOn: ["p"] }), valued("r", 70, { dependsOn: ["q"] })]),
      periods([10]),
    );
    expect(unplaced(r, "q").blockedBy).toEqual(["p"]);
    expect(unplaced(r, "r").blockedBy).toEqual(["q"]);
    expect(r.totals.effortUnscheduled).toBe(22);
  });

  it("blocks a dependent of a cancelled prerequisite, and lists all the missing ones", () => {
    const r = planRoadmap(
      costOnly([
        valued("gone", 10, { status: "cancelled" }),
        valued("fine", 10),
        valued("huge", 10, { effort: 100 }), // no_capacity
        valued("d", 50, { dependsOn: ["gone", "fine", "huge"] }),
      ]),
      periods([10, 10]),
    );
    expect(placed(r, "fine").startPeriod).toBe(0);
    expect(unplaced(r, "huge").reason).toBe("no_capacity");
    expect(unplaced(r, "d")).toMatchObject({ reason: "blocked", blockedBy: ["gone", "huge"] });
  });

  it("treats a done prerequisite as finished before period 0", () => {
    const r = planRoadmap(
      costOnly([valued("old", 10, { status: "done", startPeriod: -4, effort: 50 }), valued("x", 20, { dependsOn: ["old"] })]),
      periods([10]),
    );
    expect(placed(r, "x").startPeriod).toBe(0);
    expect(used(r)).toEqual([1]); // done work uses nothing
  });

  it("starts a dependent only after its prerequisite's last period", () => {
    const r = planRoadmap(
      costOnly([
        valued("filler", 100, { effort: 10 }),
        valued("pre", 60, { effort: 5, durationPeriods: 2 }),
        valued("post", 80, { effort: 1, dependsOn: ["pre"] }),
      ]),
      periods([10, 10, 10, 10]),
    );
    // post's urgency (80) pulls pre (12) above filler (10): pre takes 2.5 in periods 0–1,
    // post waits for period 2, and filler needs a whole free period: 3.
    expect(placed(r, "pre")).toMatchObject({ startPeriod: 0, endPeriod: 1, effectivePriority: 80 });
    expect(placed(r, "post").startPeriod).toBe(2);
    expect(placed(r, "filler").startPeriod).toBe(3);
    expect(used(r)).toEqual([2.5, 2.5, 1, 10]);
  });
});

describe("closed work and totals", () => {
  it("leaves done and cancelled initiatives out of items and periods, listing them as closed", () => {
    const r = planRoadmap(
      costOnly([
        valued("d", 90, { status: "done", startPeriod: 0, effort: 5 }),
        valued("c", 80, { status: "cancelled", effort: 5 }),
        valued("x", 10),
      ]),
      periods([10]),
    );
    expect(r.items.map((i) => i.id)).toEqual(["x"]);
    expect(r.closed).toEqual([
      { id: "d", status: "done" },
      { id: "c", status: "cancelled" },
    ]);
    expect(used(r)).toEqual([1]);
  });

  it("counts triple crowns and value of scheduled items only", () => {
    const triple = { effects: [{ momentId: "m", effect: 1 }], costReduction: fixed(100_000), revenueGrowth: fixed(100_000) };
    const input = portfolio([
      initiative("t1", { ...triple, effort: 1 }),
      initiative("t2", { ...triple, effort: 5 }),
      initiative("t3", { ...triple, effort: 100 }), // does not fit
    ]);
    const r = planRoadmap(input, periods([3, 3]));
    // s_E = 10 × (1/3) × 1 = 3.3333, s_C = 1, s_R = 1: valueScore = 10 × (40 × 10/3 + 30 + 30) / 100 = 19.3333
    expect(r.totals.tripleCrownsScheduled).toBe(1);
    expect(r.totals.valueScheduled).toBeCloseTo(19.3333, 4);
    expect(r.totals.effortUnscheduled).toBe(105);
    expect(r.periods.map((p) => [p.id, p.label, p.capacity])).toEqual([
      ["p0", "P1", 3],
      ["p1", "P2", 3],
    ]);
  });

  it("handles an empty plan: every candidate lacks capacity", () => {
    const r = planRoadmap(costOnly([valued("x", 10)]), []);
    expect(unplaced(r, "x").reason).toBe("no_capacity");
    expect(r.periods).toEqual([]);
  });
});

describe("cycles (rule 6)", () => {
  it("rejects a cycle with an error naming its members", () => {
    const input = costOnly([
      valued("a", 1, { dependsOn: ["c"] }),
      valued("b", 1, { dependsOn: ["a"] }),
      valued("c", 1, { dependsOn: ["b"] }),
      valued("free", 1),
    ]);
    let error: unknown;
    try {
      planRoadmap(input, periods([10]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScoringInputError);
    const issue = (error as ScoringInputError).issues[0]!;
    expect([...issue.ids].sort()).toEqual(["a", "b", "c"]);
    expect((error as Error).message).toMatch(/cycle.*a|a.*cycle/);
    expect((error as Error).message).not.toContain("free");
  });
});
