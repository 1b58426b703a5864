import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { newId } from "@/db/ids";
import { initiatives } from "@/db/schema";
import { ScoringInputError, type PortfolioInput } from "@/server/scoring";
import { Lru } from "@/server/domain/scorecard/lru";
import { resetClock, setClock } from "@/server/domain/shared/clock";
import { loadPortfolio } from "@/server/domain/scorecard/portfolio";
import { SimulationTimeoutError, simulateOffThread } from "@/server/domain/scorecard/simulate-runner";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { failure, insertMoments } from "../helpers/initiative-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };

// The plan below starts on 2026-01-01; today is inside its first quarter, so nothing is history yet.
beforeEach(() => setClock(() => "2026-01-15"));
afterEach(() => resetClock());
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
});

/**
 * docs/scoring.md §8, built through the API: default model; category A weight 2
 * with m1 (importance 5, performance 2), B weight 1 with m2 (4, 4); x with
 * cost likely 500,000, revenue likely 200,000, effects m1 +3 and m2 −1,
 * confidence 0.8, effort 10, investment 300,000.
 * Besides it, y harms m1 (−2) to cut cost: s_E = 10 × (−2/3) × (5/5) × 1 = −6.6667,
 * s_C = 3, s_R = 0 → valueScore = 10 × 1 × (40 × −6.6667 + 30 × 3) / 100 = −17.6667, priority −3.5333.
 */
async function workedExample(opts: { fixed?: boolean } = {}) {
  const a = await insertMoments(db, team.workspaceId, {
    categoryName: "A",
    categoryWeight: 2,
    moments: [{ name: "m1", importance: 5, performance: 2 }],
  });
  const b = await insertMoments(db, team.workspaceId, {
    categoryName: "B",
    categoryWeight: 1,
    moments: [{ name: "m2", importance: 4, performance: 4 }],
  });
  const m1 = a.moments[0]!;
  const m2 = b.moments[0]!;
  const x = await team.as.editor.initiative.create({
    ...ws,
    title: "x",
    department: "Workshop",
    costReduction: opts.fixed ? { low: 500_000, likely: 500_000, high: 500_000 } : { low: 300_000, likely: 500_000, high: 900_000 },
    revenueGrowth: opts.fixed ? { low: 200_000, likely: 200_000, high: 200_000 } : { low: 0, likely: 200_000, high: 250_000 },
    confidence: 0.8,
    effort: 10,
    investment: 300_000,
    ownerId: team.members.tracker.id,
  });
  await team.as.editor.initiative.setEffects({
    ...ws,
    initiativeId: x.id,
    effects: [
      { momentId: m1.id, effect: 3 },
      { momentId: m2.id, effect: -1 },
    ],
  });
  const y = await team.as.editor.initiative.create({
    ...ws,
    title: "y",
    costReduction: { low: 300_000, likely: 300_000, high: 300_000 },
    confidence: 1,
    effort: 5,
  });
  await team.as.editor.initiative.setEffects({ ...ws, initiativeId: y.id, effects: [{ momentId: m1.id, effect: -2 }] });
  const periods = await team.as.admin.period.createQuarters({ ...ws, startDate: "2026-01-01", count: 4, capacity: 20 });
  return { x, y, m1, m2, periods };
}

describe("scorecard.get", () => {
  it("reproduces the worked example of docs/scoring.md §8 through the API", async () => {
    const { x, y, m1, m2 } = await workedExample();
    const card = await team.as.viewer.scorecard.get({ ...ws });

    expect(card.model).toMatchObject({ number: 1, weights: { experience: 40, cost: 30, revenue: 30 } });
    expect(card.initiatives.map((i) => [i.id, i.rank])).toEqual([
      [x.id, 1],
      [y.id, 2],
    ]);
    const sx = card.initiatives[0]!;
    expect(sx.scores.experience).toBeCloseTo(6.666666667, 8);
    expect(sx.scores.cost).toBeCloseTo(5, 10);
    expect(sx.scores.revenue).toBeCloseTo(2, 10);
    expect(sx.valueScore).toBeCloseTo(38.133333333, 8);
    expect(sx.priority).toBeCloseTo(3.813333333, 8);
    expect(sx).toMatchObject({ crowns: 3, tripleCrown: true, flags: { harmsExperience: false, notLinkedToOutcome: false } });
    expect(sx.netAnnualBenefit).toBeCloseTo(580_000, 6);
    expect(sx.npv).toBeCloseTo(1_194_716.25, 2);
    expect(sx.paybackYears).toBeCloseTo(0.5172, 4);
    const links = Object.fromEntries(sx.breakdown.links.map((l) => [l.momentId, l.contribution]));
    expect(links[m1.id]).toBeCloseTo(0.8, 10);
    expect(links[m2.id]).toBeCloseTo(-0.133333333, 8);
    expect(sx.breakdown.experience.part).toBeCloseTo(21.333333333, 8);
    expect(sx.breakdown.cost.part).toBeCloseTo(12, 10);
    expect(sx.breakdown.revenue.part).toBeCloseTo(4.8, 10);
    // Display fields travel with the scores.
    expect(sx).toMatchObject({
      title: "x",
      department: "Workshop",
      status: "proposed",
      ownerName: team.members.tracker.name,
      confidence: 0.8,
      effort: 10,
      investment: 300_000,
      costReduction: { likely: 500_000 },
      revenueGrowth: { likely: 200_000 },
    });

    const sy = card.initiatives[1]!;
    expect(sy.valueScore).toBeCloseTo(-17.666666667, 8);
    expect(sy.priority).toBeCloseTo(-3.533333333, 8);
    expect(sy).toMatchObject({ crowns: 1, tripleCrown: false, flags: { harmsExperience: true, notLinkedToOutcome: false } });

    expect(card.roadmap.items).toEqual([
      expect.objectContaining({ id: x.id, title: "x", scheduled: true, startPeriod: 0, endPeriod: 0 }),
      expect.objectContaining({ id: y.id, title: "y", unscheduled: true, reason: "no_positive_value" }),
    ]);
    expect(card.roadmap.periods.map((p) => [p.label, p.used, p.capacity])).toEqual([
      ["Q1 2026", 10, 20],
      ["Q2 2026", 0, 20],
      ["Q3 2026", 0, 20],
      ["Q4 2026", 0, 20],
    ]);
    expect(card.periods.map((p) => p.label)).toEqual(["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"]);

    expect(card.headline).toMatchObject({
      initiatives: 2,
      tripleCrowns: 1,
      scheduled: 1,
      plannedCostReduction: 500_000,
      plannedRevenueGrowth: 200_000,
    });
    expect(card.headline.totalNpv).toBeCloseTo(1_194_716.25, 2);
    expect(card.headline.experienceScore).toBeCloseTo(6.666666667, 8);

    expect(card.sensitivity.scenarios).toHaveLength(6);
    expect(card.sensitivity.rows.map((r) => [r.id, r.rankMin, r.rankMax, r.robust])).toEqual([
      [x.id, 1, 1, true],
      [y.id, 2, 2, true],
    ]);
    expect(card.planVsRealised).toEqual({
      rows: [],
      totals: { plannedCostReduction: 0, plannedRevenueGrowth: 0, realisedCostReduction: 0, realisedRevenueGrowth: 0 },
    });
  });

  it("puts plan next to realised results for work that has started", async () => {
    const { x, periods } = await workedExample();
    const approved = await team.as.executive.initiative.decide({
      ...ws,
      id: x.id,
      version: 2,
      decision: "approve",
      reason: "Triple crown",
    });
    await team.as.tracker.initiative.updateProgress({
      ...ws,
      id: x.id,
      version: approved.version,
      status: "in_progress",
      startPeriod: 0,
      progress: 40,
    });
    const result = { ...ws, initiativeId: x.id };
    await team.as.tracker.initiative.recordResult({
      ...result,
      periodId: periods[0]!.id,
      actualCostReduction: 100_000,
      actualRevenueGrowth: 20_000,
    });
    await team.as.tracker.initiative.recordResult({
      ...result,
      periodId: periods[1]!.id,
      actualCostReduction: 150_000,
      actualRevenueGrowth: 30_000,
    });

    const card = await team.as.executive.scorecard.get({ ...ws });
    expect(card.planVsRealised).toEqual({
      rows: [
        {
          id: x.id,
          title: "x",
          status: "in_progress",
          startPeriod: 0,
          progress: 40,
          plannedCostReduction: 500_000,
          plannedRevenueGrowth: 200_000,
          realisedCostReduction: 250_000,
          realisedRevenueGrowth: 50_000,
          periodsReported: 2,
        },
      ],
      totals: {
        plannedCostReduction: 500_000,
        plannedRevenueGrowth: 200_000,
        realisedCostReduction: 250_000,
        realisedRevenueGrowth: 50_000,
      },
    });
    expect(card.initiatives[0]).toMatchObject({ decisionReason: "Triple crown", status: "in_progress", startPeriod: 0 });
    expect(card.roadmap.items[0]).toMatchObject({ id: x.id, kind: "in_progress", startPeriod: 0 });
    expect(card.headline).toMatchObject({ scheduled: 1, plannedCostReduction: 500_000 });
  });

  it("is computed once per change: a second view reuses it, a moment's new performance recomputes it", async () => {
    const { x, m1 } = await workedExample();
    const first = await team.as.viewer.scorecard.get({ ...ws });
    const second = await team.as.editor.scorecard.get({ ...ws });
    expect(second).toBe(first);

    await team.as.editor.moment.update({ ...ws, id: m1.id, version: 1, performance: 4 });
    const third = await team.as.viewer.scorecard.get({ ...ws });
    expect(third).not.toBe(first);
    // m1: gap 5 × 2 / 25 = 0.4 → s_E = 10 × (0.4 − 0.13333) = 2.6667;
    // valueScore = 10 × 0.8 × (40 × 2.6667 + 30 × 5 + 30 × 2) / 100 = 25.3333.
    const sx = third.initiatives.find((i) => i.id === x.id)!;
    expect(sx.scores.experience).toBeCloseTo(2.666666667, 8);
    expect(sx.valueScore).toBeCloseTo(25.333333333, 8);
  });

  it("an empty workspace has an empty scorecard", async () => {
    const card = await team.as.viewer.scorecard.get({ ...ws });
    expect(card.initiatives).toEqual([]);
    expect(card.headline).toEqual({
      initiatives: 0,
      closed: { done: 0, cancelled: 0 },
      tripleCrowns: 0,
      scheduled: 0,
      plannedCostReduction: 0,
      plannedRevenueGrowth: 0,
      totalNpv: 0,
      experienceScore: 0,
    });
  });

  it("another workspace's scorecard is NOT_FOUND", async () => {
    const other = await makeTeam(db);
    expect((await failure(team.as.admin.scorecard.get({ workspaceId: other.workspaceId }))).code).toBe("NOT_FOUND");
  });

  it("the cache is bounded: the least recently used entry goes first", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1);
    lru.set("c", 3);
    expect([lru.get("a"), lru.get("b"), lru.get("c"), lru.size]).toEqual([1, undefined, 3, 2]);
  });
});

/** A portfolio big enough that a simulation takes a noticeable time. */
function bigPortfolio(n: number): PortfolioInput {
  return {
    model: {
      weights: { experience: 40, cost: 30, revenue: 30 },
      materialAmount: { cost: 1e6, revenue: 1e6 },
      revenueMargin: 0.4,
      discountRate: 0.08,
      horizonYears: 3,
    },
    categories: [],
    moments: [],
    initiatives: Array.from({ length: n }, (_, i) => ({
      id: `i${i}`,
      costReduction: { low: 0, likely: 1_000 * i, high: 2_000 * i + 1 },
      revenueGrowth: { low: -500, likely: 0, high: 500 * i },
      effects: [],
      investment: 0,
      effort: 1 + (i % 7),
      confidence: 0.8,
      dependsOn: [],
      status: "proposed" as const,
    })),
  };
}

describe("scorecard.simulate", () => {
  it("with low = likely = high every percentile is the valueScore (38.1333 for x)", async () => {
    const { x, y } = await workedExample({ fixed: true });
    const result = await team.as.viewer.scorecard.simulate({ ...ws, runs: 200, seed: 7 });
    expect(result).toMatchObject({ runs: 200, seed: 7 });
    const rx = result.rows.find((r) => r.id === x.id)!;
    expect(rx.title).toBe("x");
    for (const p of [rx.p10, rx.p50, rx.p90, rx.valueScore]) expect(p).toBeCloseTo(38.133333333, 8);
    expect(rx.pTop10).toBe(1);
    const ry = result.rows.find((r) => r.id === y.id)!;
    expect(ry.p50).toBeCloseTo(-17.666666667, 8);
  });

  it("is deterministic per seed, and the seed matters", async () => {
    await workedExample();
    const input = (await loadPortfolio(db, team.workspaceId)).input;
    const one = await simulateOffThread(input, { runs: 500, seed: 42 });
    const two = await simulateOffThread(input, { runs: 500, seed: 42 });
    const other = await simulateOffThread(input, { runs: 500, seed: 43 });
    expect(two).toEqual(one);
    expect(other).not.toEqual(one);
    const x = one[0]!;
    expect(x.p10).toBeLessThan(x.p50);
    expect(x.p50).toBeLessThan(x.p90);

    const viaApi = await team.as.viewer.scorecard.simulate({ ...ws, runs: 500, seed: 42 });
    expect(viaApi.rows.map(({ title: _title, ...row }) => row)).toEqual(one);
  });

  it("bounds the number of runs", async () => {
    for (const runs of [99, 5_001, 150.5]) {
      expect((await failure(team.as.viewer.scorecard.simulate({ ...ws, runs }))).code, String(runs)).toBe("BAD_REQUEST");
    }
  });

  it("runs off the request thread: timers keep firing while it works", async () => {
    const input = bigPortfolio(1_000);
    await simulateOffThread(input, { runs: 100, seed: 1 }); // the worker is warm
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    await simulateOffThread(input, { runs: 3_000, seed: 1 });
    const took = performance.now() - started;
    clearInterval(timer);
    expect(took).toBeGreaterThan(200);
    expect(ticks).toBeGreaterThan(10);
    expect(longestGap).toBeLessThan(took / 2);
  });

  it("brings the engine's input errors back as ScoringInputError, and stops an overrun", async () => {
    const bad: PortfolioInput = {
      model: {
        weights: { experience: 40, cost: 30, revenue: 20 },
        materialAmount: { cost: 1, revenue: 1 },
        revenueMargin: 0,
        discountRate: 0,
        horizonYears: 1,
      },
      categories: [],
      moments: [],
      initiatives: [],
    };
    const error = await simulateOffThread(bad, { runs: 10, seed: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScoringInputError);
    expect((error as ScoringInputError).issues[0]?.path).toBe("model.weights");

    const ok = { ...bad, model: { ...bad.model, weights: { experience: 40, cost: 30, revenue: 30 } } };
    await expect(simulateOffThread(bigPortfolio(1_000), { runs: 5_000, seed: 1 }, 50)).rejects.toBeInstanceOf(SimulationTimeoutError);
    // A fresh worker takes the next job.
    await expect(simulateOffThread(ok, { runs: 10, seed: 1 })).resolves.toEqual([]);
  });

  it("refuses runs × initiatives beyond the budget with the most it can do", async () => {
    const rows = Array.from({ length: 1_001 }, () => ({ id: newId(), workspaceId: team.workspaceId, title: "Bulk" }));
    await db.insert(initiatives).values(rows);
    const error = await failure(team.as.viewer.scorecard.simulate({ ...ws, runs: 5_000 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors.runs?.[0]).toBe("At most 4995 runs for 1001 initiatives");
  });
});
