// Invalid input throws ScoringInputError naming the offending ids and fields.
import { describe, expect, it } from "vitest";
import {
  findDependencyCycle,
  planRoadmap,
  portfolioIssues,
  ScoringInputError,
  scorePortfolio,
  simulatePortfolio,
  validatePeriods,
  validatePortfolio,
  weightSensitivity,
  type PortfolioInput,
} from "@/server/scoring";
import { fixed, initiative, model, periods, portfolio } from "./fixtures";

function issuesOf(input: PortfolioInput) {
  try {
    validatePortfolio(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ScoringInputError);
    return (e as ScoringInputError).issues;
  }
  throw new Error("expected a ScoringInputError");
}

describe("validatePortfolio", () => {
  it("accepts a valid portfolio", () => {
    expect(() => validatePortfolio(portfolio([initiative("a"), initiative("b", { dependsOn: ["a"] })]))).not.toThrow();
  });

  it.each<{ name: string; input: PortfolioInput; path: string; ids: string[] }>([
    {
      name: "weights not summing to 100",
      input: portfolio([], { model: model({ weights: { experience: 40, cost: 30, revenue: 20 } }) }),
      path: "model.weights",
      ids: [],
    },
    {
      name: "fractional weights",
      input: portfolio([], { model: model({ weights: { experience: 40.5, cost: 29.5, revenue: 30 } }) }),
      path: "model.weights",
      ids: [],
    },
    {
      name: "negative weight",
      input: portfolio([], { model: model({ weights: { experience: 110, cost: -10, revenue: 0 } }) }),
      path: "model.weights",
      ids: [],
    },
    {
      name: "material amount 0",
      input: portfolio([], { model: model({ materialAmount: { cost: 0, revenue: 1 } }) }),
      path: "model.materialAmount.cost",
      ids: [],
    },
    {
      name: "revenue margin above 1",
      input: portfolio([], { model: model({ revenueMargin: 1.5 }) }),
      path: "model.revenueMargin",
      ids: [],
    },
    { name: "negative discount rate", input: portfolio([], { model: model({ discountRate: -0.1 }) }), path: "model.discountRate", ids: [] },
    { name: "horizon 11 years", input: portfolio([], { model: model({ horizonYears: 11 }) }), path: "model.horizonYears", ids: [] },
    { name: "category weight 0", input: portfolio([], { categories: [{ id: "A", weight: 0 }] }), path: "categories.weight", ids: ["A"] },
    {
      name: "moment of an unknown category",
      input: portfolio([], { moments: [{ id: "m", categoryId: "Z", importance: 3, performance: 3 }] }),
      path: "moments.categoryId",
      ids: ["m", "Z"],
    },
    {
      name: "importance 6",
      input: portfolio([], { moments: [{ id: "m", categoryId: "A", importance: 6, performance: 3 }] }),
      path: "moments.importance",
      ids: ["m"],
    },
    {
      name: "performance 0",
      input: portfolio([], { moments: [{ id: "m", categoryId: "A", importance: 3, performance: 0 }] }),
      path: "moments.performance",
      ids: ["m"],
    },
    {
      name: "cost low > likely",
      input: portfolio([initiative("x", { costReduction: { low: 5, likely: 3, high: 9 } })]),
      path: "initiatives.costReduction.low",
      ids: ["x"],
    },
    {
      name: "revenue likely > high",
      input: portfolio([initiative("x", { revenueGrowth: { low: 1, likely: 9, high: 3 } })]),
      path: "initiatives.revenueGrowth.high",
      ids: ["x"],
    },
    {
      name: "NaN estimate",
      input: portfolio([initiative("x", { costReduction: { low: 0, likely: Number.NaN, high: 1 } })]),
      path: "initiatives.costReduction",
      ids: ["x"],
    },
    {
      name: "effect on an unknown moment",
      input: portfolio([initiative("x", { effects: [{ momentId: "nope", effect: 1 }] })]),
      path: "initiatives.effects.momentId",
      ids: ["x", "nope"],
    },
    {
      name: "two effects on one moment",
      input: portfolio([
        initiative("x", {
          effects: [
            { momentId: "m", effect: 1 },
            { momentId: "m", effect: 2 },
          ],
        }),
      ]),
      path: "initiatives.effects.momentId",
      ids: ["x", "m"],
    },
    {
      name: "effect 4",
      input: portfolio([initiative("x", { effects: [{ momentId: "m", effect: 4 }] })]),
      path: "initiatives.effects.effect",
      ids: ["x", "m"],
    },
    {
      name: "effect 1.5",
      input: portfolio([initiative("x", { effects: [{ momentId: "m", effect: 1.5 }] })]),
      path: "initiatives.effects.effect",
      ids: ["x", "m"],
    },
    { name: "negative investment", input: portfolio([initiative("x", { investment: -1 })]), path: "initiatives.investment", ids: ["x"] },
    { name: "effort 0", input: portfolio([initiative("x", { effort: 0 })]), path: "initiatives.effort", ids: ["x"] },
    { name: "duration 0", input: portfolio([initiative("x", { durationPeriods: 0 })]), path: "initiatives.durationPeriods", ids: ["x"] },
    { name: "confidence 0", input: portfolio([initiative("x", { confidence: 0 })]), path: "initiatives.confidence", ids: ["x"] },
    { name: "confidence 1.2", input: portfolio([initiative("x", { confidence: 1.2 })]), path: "initiatives.confidence", ids: ["x"] },
    { name: "unknown status", input: portfolio([initiative("x", { status: "paused" as never })]), path: "initiatives.status", ids: ["x"] },
    {
      name: "in progress without startPeriod",
      input: portfolio([initiative("x", { status: "in_progress" })]),
      path: "initiatives.startPeriod",
      ids: ["x"],
    },
    {
      name: "done without startPeriod",
      input: portfolio([initiative("x", { status: "done", startPeriod: null })]),
      path: "initiatives.startPeriod",
      ids: ["x"],
    },
    {
      name: "approved pinned to period −1",
      input: portfolio([initiative("x", { status: "approved", pinnedPeriod: -1 })]),
      path: "initiatives.pinnedPeriod",
      ids: ["x"],
    },
    {
      name: "unknown dependency",
      input: portfolio([initiative("x", { dependsOn: ["ghost"] })]),
      path: "initiatives.dependsOn",
      ids: ["x", "ghost"],
    },
    {
      name: "dependency listed twice",
      input: portfolio([initiative("a"), initiative("x", { dependsOn: ["a", "a"] })]),
      path: "initiatives.dependsOn",
      ids: ["x", "a"],
    },
    { name: "depends on itself", input: portfolio([initiative("x", { dependsOn: ["x"] })]), path: "initiatives.dependsOn", ids: ["x"] },
    { name: "duplicate initiative id", input: portfolio([initiative("x"), initiative("x")]), path: "initiatives.id", ids: ["x"] },
  ])("rejects $name", ({ input, path, ids }) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.ids).toEqual(ids);
    for (const id of ids) expect(issues[0]!.message).toContain(id);
  });

  it("names every member of a dependency cycle, and nothing else", () => {
    // "entry" comes first and leads into the cycle: it must not be named.
    const input = portfolio([
      initiative("entry", { dependsOn: ["a"] }),
      initiative("outside"),
      initiative("a", { dependsOn: ["outside", "b"] }),
      initiative("b", { dependsOn: ["c"] }),
      initiative("c", { dependsOn: ["a"] }),
    ]);
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe("initiatives.dependsOn");
    expect([...issues[0]!.ids].sort()).toEqual(["a", "b", "c"]);
    expect(issues[0]!.message).toMatch(/cycle/);
  });

  it("reports several problems at once, and the error message names them", () => {
    const input = portfolio([initiative("x", { effort: -1 }), initiative("y", { costReduction: { low: 2, likely: 1, high: 3 } })], {
      model: model({ weights: { experience: 50, cost: 30, revenue: 30 } }),
    });
    expect(issuesOf(input).map((i) => i.path)).toEqual(["model.weights", "initiatives.effort", "initiatives.costReduction.low"]);
    expect(() => scorePortfolio(input)).toThrow(/"x".*effort|effort.*"x"/);
    expect(portfolioIssues(input)).toHaveLength(3);
    expect(portfolioIssues(portfolio([initiative("x")]))).toEqual([]);
  });

  it("ignores pinnedPeriod and startPeriod where the status gives them no meaning", () => {
    expect(() => validatePortfolio(portfolio([initiative("x", { status: "proposed", pinnedPeriod: -4, startPeriod: 1.5 })]))).not.toThrow();
  });

  it("is enforced by every entry point", () => {
    const bad = portfolio([initiative("x", { costReduction: { low: 5, likely: 3, high: 9 } })]);
    expect(() => scorePortfolio(bad)).toThrow(ScoringInputError);
    expect(() => planRoadmap(bad, periods([1]))).toThrow(ScoringInputError);
    expect(() => weightSensitivity(bad)).toThrow(ScoringInputError);
    expect(() => simulatePortfolio(bad, { runs: 10, seed: 1 })).toThrow(ScoringInputError);
  });
});

describe("validatePeriods and simulation options", () => {
  it("rejects negative capacity and duplicate ids, naming the period", () => {
    try {
      validatePeriods([
        { id: "q1", capacity: -1 },
        { id: "q2", capacity: 3 },
        { id: "q2", capacity: 3 },
      ]);
      throw new Error("expected a ScoringInputError");
    } catch (e) {
      expect((e as ScoringInputError).issues.map((i) => [i.path, i.ids])).toEqual([
        ["periods.capacity", ["q1"]],
        ["periods.id", ["q2"]],
      ]);
    }
  });

  it.each([
    { runs: 0, seed: 1 },
    { runs: 2.5, seed: 1 },
    { runs: 10, seed: 0.5 },
  ])("rejects runs $runs, seed $seed", (options) => {
    expect(() => simulatePortfolio(portfolio([initiative("x", { costReduction: fixed(1) })]), options)).toThrow(ScoringInputError);
  });
});

describe("findDependencyCycle", () => {
  it("returns null for an acyclic graph", () => {
    expect(
      findDependencyCycle([
        { id: "a", dependsOn: [] },
        { id: "b", dependsOn: ["a"] },
        { id: "c", dependsOn: ["a", "b"] },
      ]),
    ).toBeNull();
  });

  it("returns the members of a cycle in dependency order", () => {
    const cycle = findDependencyCycle([
      { id: "start", dependsOn: ["a"] },
      { id: "a", dependsOn: ["b"] },
      { id: "b", dependsOn: ["c"] },
      { id: "c", dependsOn: ["a"] },
    ]);
    expect(cycle).not.toBeNull();
    // rotate so that it starts at "a": each depends on the next, the last on the first
    const start = cycle!.indexOf("a");
    expect([...cycle!.slice(start), ...cycle!.slice(0, start)]).toEqual(["a", "b", "c"]);
  });

  it("finds a self-dependency and ignores unknown ids", () => {
    expect(findDependencyCycle([{ id: "a", dependsOn: ["a"] }])).toEqual(["a"]);
    expect(findDependencyCycle([{ id: "a", dependsOn: ["ghost"] }])).toBeNull();
  });

  it("lets the API test a new edge before saving it", () => {
    const existing = [
      { id: "a", dependsOn: ["b"] },
      { id: "b", dependsOn: [] },
    ];
    const proposed = existing.map((e) => (e.id === "b" ? { ...e, dependsOn: [...e.dependsOn, "a"] } : e));
    expect([...(findDependencyCycle(proposed) ?? [])].sort()).toEqual(["a", "b"]);
  });
});
