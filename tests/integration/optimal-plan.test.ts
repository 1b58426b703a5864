import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { initiativeDependencies, initiatives, periods } from "@/db/schema";
import { resetClock, setClock } from "@/server/domain/shared/clock";
import { createTestDb } from "../helpers/db";
import { databaseDigest } from "../helpers/digest";
import { makeTeam } from "../helpers/factories";
import { auditActions, failure, insertInitiative } from "../helpers/initiative-factories";

/*
 * The hand-worked portfolio of these tests (default model: cost weight 30,
 * material cost 1,000,000; no effect links, confidence 1), so
 * valueScore = 10 × 1 × (30 × 10 × cost / 1,000,000) / 100 = 30 × cost / 1,000,000:
 *   Big     cost 1,000,000 → value 30, effort 8 → priority 3.75
 *   Small A cost   600,000 → value 18, effort 5 → priority 3.6
 *   Small B cost   600,000 → value 18, effort 5 → priority 3.6
 * One period of capacity 10 that contains today. The greedy plan takes Big
 * first (most urgent) and then has 2 left: value 30. The optimal plan takes
 * A and B (effort 10): value 36, 6 more.
 */
let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };
let ids: { big: string; a: string; b: string };
let periodId: string;

async function initiative(title: string, cost: number, effort: number) {
  const row = await insertInitiative(db, ws.workspaceId, { title, costLow: cost, costLikely: cost, costHigh: cost, effort, confidence: 1 });
  return row.id;
}

beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
  setClock(() => "2026-02-01");
  const [period] = await db
    .insert(periods)
    .values({ workspaceId: ws.workspaceId, label: "Q1 2026", startDate: "2026-01-01", endDate: "2026-03-31", capacity: 10 })
    .returning();
  periodId = period!.id;
  ids = {
    big: await initiative("Big", 1_000_000, 8),
    a: await initiative("Small A", 600_000, 5),
    b: await initiative("Small B", 600_000, 5),
  };
});
afterEach(() => resetClock());

const scheduledIds = (plan: { items: { id: string; scheduled: boolean }[] }) =>
  plan.items
    .filter((i) => i.scheduled)
    .map((i) => i.id)
    .sort();

describe("plan.choice: the optimal plan beside the greedy one", () => {
  it("finds the two smaller initiatives that are worth more together than the big one greedy takes", async () => {
    const greedy = await team.as.viewer.plan.choice({ ...ws, mode: "greedy" });
    expect(scheduledIds(greedy)).toEqual([ids.big]);
    expect(greedy.objective).toBeCloseTo(30, 9);

    const optimal = await team.as.viewer.plan.choice({ ...ws, mode: "optimal" });
    expect(optimal.status).toBe("optimal");
    expect(scheduledIds(optimal)).toEqual([ids.a, ids.b].sort());
    expect(optimal.objective).toBeCloseTo(36, 9);
    expect(optimal.greedyObjective).toBeCloseTo(30, 9);
    expect(optimal.bound).toBeCloseTo(36, 6);
    expect(optimal.gap).toBe(0);
    expect(optimal.changes.map((c) => [c.title, c.kind]).sort()).toEqual([
      ["Big", "dropped"],
      ["Small A", "added"],
      ["Small B", "added"],
    ]);
  });

  it("says what binds the initiative it leaves out: the full period, what it needs and what is left", async () => {
    const optimal = await team.as.viewer.plan.choice({ ...ws, mode: "optimal" });
    const big = optimal.items.find((i) => i.id === ids.big)!;
    expect(big).toMatchObject({ scheduled: false, reason: "no_capacity", fullPeriods: [0] });
    expect(optimal.periods[0]).toMatchObject({ label: "Q1 2026", capacity: 10, used: 10, left: 0 });
  });

  it("names a blocker and why it is out: a prerequisite the plan leaves out, or one that was cancelled", async () => {
    // Follow-up (cost 100,000 → value 3, effort 1) needs Big: Big + Follow-up (33) is still worth less than A + B (36).
    const followUp = await initiative("Follow-up", 100_000, 1);
    const old = await insertInitiative(db, ws.workspaceId, { title: "Old idea", status: "cancelled", effort: 1 });
    const revival = await initiative("Revival", 100_000, 1);
    await db.insert(initiativeDependencies).values([
      { workspaceId: ws.workspaceId, initiativeId: followUp, dependsOnId: ids.big },
      { workspaceId: ws.workspaceId, initiativeId: revival, dependsOnId: old.id },
    ]);
    const optimal = await team.as.viewer.plan.choice({ ...ws, mode: "optimal" });
    expect(optimal.objective).toBeCloseTo(36, 9);
    expect(optimal.items.find((i) => i.id === followUp)).toMatchObject({
      reason: "blocked",
      blockedByNamed: [{ id: ids.big, title: "Big", why: "not_planned" }],
    });
    expect(optimal.items.find((i) => i.id === revival)).toMatchObject({
      reason: "blocked",
      blockedByNamed: [{ id: old.id, title: "Old idea", why: "cancelled" }],
    });
  });

  it("answers the same plan again from its cache until the workspace changes", async () => {
    const first = await team.as.viewer.plan.choice({ ...ws, mode: "optimal" });
    expect(await team.as.viewer.plan.choice({ ...ws, mode: "optimal" })).toBe(first);
    await team.as.admin.period.update({ ...ws, id: periodId, version: 1, capacity: 20 });
    const after = await team.as.viewer.plan.choice({ ...ws, mode: "optimal" });
    expect(after.stateKey).not.toBe(first.stateKey);
    expect(scheduledIds(after)).toEqual([ids.a, ids.b, ids.big].sort());
  });
});

describe("plan.robustness: how often each initiative is in the optimal plan of a sample", () => {
  it("with fixed estimates every sample is the same portfolio: A and B always in, Big never", async () => {
    const result = await team.as.viewer.plan.robustness({ ...ws, samples: 10 });
    expect(result.samples).toBe(10);
    const byTitle = Object.fromEntries(result.rows.map((r) => [r.title, [r.share, r.verdict]]));
    expect(byTitle).toEqual({ Big: [0, "robust_out"], "Small A": [1, "robust_in"], "Small B": [1, "robust_in"] });
  });

  it("with Small A's saving uncertain, Big is in the plan of some samples and A in the others", async () => {
    // A's saving ranges 100,000..1,000,000 (likely 600,000), so its value is drawn from 3..30. The plan is A + B
    // (value a + 18) when a > 12, else Big alone (30): Big + A or Big + B need 13 > 10. So A's share is 1 − Big's.
    await db.update(initiatives).set({ costLow: 100_000, costHigh: 1_000_000 }).where(eq(initiatives.id, ids.a));
    const result = await team.as.viewer.plan.robustness({ ...ws, samples: 40, seed: 3 });
    const big = result.rows.find((r) => r.title === "Big")!;
    const a = result.rows.find((r) => r.title === "Small A")!;
    expect(big.share).toBeGreaterThan(0);
    expect(big.share).toBeLessThan(1);
    expect(a.share).toBeCloseTo(1 - big.share, 9);
  });

  it("refuses a sample count outside 10..100 with a plain message", async () => {
    const error = await failure(team.as.viewer.plan.robustness({ ...ws, samples: 5000 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("At most 100 samples");
  });
});

describe("plan.adopt: pin the optimal plan, and undo it", () => {
  it("pins each newly planned initiative to its start period, approving proposals, in the audit trail", async () => {
    const plan = await team.as.executive.plan.choice({ ...ws, mode: "optimal" });
    const adopted = await team.as.executive.plan.adopt({ ...ws, stateKey: plan.stateKey });
    expect(adopted).toMatchObject({ pinned: 2, approved: 2 });
    const rows = await db.select().from(initiatives).where(eq(initiatives.workspaceId, ws.workspaceId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ids.a)).toMatchObject({ status: "approved", pinnedPeriod: 0 });
    expect(byId.get(ids.b)).toMatchObject({ status: "approved", pinnedPeriod: 0 });
    expect(byId.get(ids.big)).toMatchObject({ status: "proposed", pinnedPeriod: null });
    expect((await auditActions(db, ws.workspaceId, "plan")).map((r) => r.action)).toEqual(["adopt"]);
    expect((await auditActions(db, ws.workspaceId, "initiative")).map((r) => r.action).sort()).toEqual(["adopt_plan", "adopt_plan"]);

    // The greedy roadmap now follows the adopted plan.
    const roadmap = await team.as.viewer.scorecard.roadmap(ws);
    expect(
      roadmap.items
        .filter((i) => i.scheduled)
        .map((i) => i.id)
        .sort(),
    ).toEqual([ids.a, ids.b].sort());
  });

  it("undo puts every initiative back as it was", async () => {
    const plan = await team.as.admin.plan.choice({ ...ws, mode: "optimal" });
    const adopted = await team.as.admin.plan.adopt({ ...ws, stateKey: plan.stateKey });
    expect(await team.as.admin.plan.undoAdoption({ ...ws, adoptionId: adopted.id })).toEqual({ restored: 2, kept: [] });
    const rows = await db.select().from(initiatives).where(eq(initiatives.workspaceId, ws.workspaceId));
    for (const r of rows) expect(r).toMatchObject({ status: "proposed", pinnedPeriod: null });
    const again = await failure(team.as.admin.plan.undoAdoption({ ...ws, adoptionId: adopted.id }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This adoption has already been undone." });
    expect((await team.as.viewer.plan.adoptions(ws))[0]).toMatchObject({ id: adopted.id, undoneAt: expect.any(Number) });
  });

  it("undo leaves an initiative someone changed after the adoption as it is, and names it", async () => {
    const plan = await team.as.admin.plan.choice({ ...ws, mode: "optimal" });
    const adopted = await team.as.admin.plan.adopt({ ...ws, stateKey: plan.stateKey });
    const a = (await db.select().from(initiatives).where(eq(initiatives.id, ids.a)))[0]!;
    await team.as.admin.initiative.update({ ...ws, id: ids.a, version: a.version, effort: 4 });
    expect(await team.as.admin.plan.undoAdoption({ ...ws, adoptionId: adopted.id })).toEqual({ restored: 1, kept: ["Small A"] });
    const rows = new Map((await db.select().from(initiatives)).map((r) => [r.id, r]));
    expect(rows.get(ids.a)).toMatchObject({ status: "approved", pinnedPeriod: 0, effort: 4 });
    expect(rows.get(ids.b)).toMatchObject({ status: "proposed", pinnedPeriod: null });
  });

  it("refuses a plan worked out before the workspace changed, and changes nothing", async () => {
    const plan = await team.as.admin.plan.choice({ ...ws, mode: "optimal" });
    await team.as.admin.period.update({ ...ws, id: periodId, version: 1, capacity: 11 });
    const before = await databaseDigest(db);
    const error = await failure(team.as.admin.plan.adopt({ ...ws, stateKey: plan.stateKey }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/changed since this plan was worked out/);
    expect(await databaseDigest(db)).toBe(before);
  });

  it("is for admins and executives only", async () => {
    const plan = await team.as.editor.plan.choice({ ...ws, mode: "optimal" });
    const before = await databaseDigest(db);
    for (const role of ["editor", "tracker", "viewer"] as const) {
      expect((await failure(team.as[role].plan.adopt({ ...ws, stateKey: plan.stateKey }))).code).toBe("FORBIDDEN");
    }
    expect(await databaseDigest(db)).toBe(before);
  });
});

describe("scenarios: plans of changed inputs, compared side by side", () => {
  it("more capacity in a scenario plans all three; the comparison names what it adds", async () => {
    const scenario = await team.as.executive.scenario.create({ ...ws, name: "Bigger team", capacities: [{ periodId, capacity: 20 }] });
    const plan = await team.as.viewer.plan.choice({ ...ws, scenarioId: scenario.id, mode: "optimal" });
    expect(scheduledIds(plan)).toEqual([ids.a, ids.b, ids.big].sort());
    expect(plan.periods[0]).toMatchObject({ capacity: 20, baseCapacity: 10 });

    const compared = await team.as.viewer.plan.compare({
      ...ws,
      a: { scenarioId: null, mode: "optimal" },
      b: { scenarioId: scenario.id, mode: "optimal" },
    });
    expect(compared.a.totals.value).toBeCloseTo(36, 9);
    expect(compared.b.totals.value).toBeCloseTo(66, 9);
    expect(compared.moves).toEqual([{ id: ids.big, title: "Big", kind: "added", a: null, b: 0 }]);
  });

  it("forcing in two initiatives that cannot fit together is infeasible, naming both", async () => {
    const scenario = await team.as.admin.scenario.create({ ...ws, name: "Big and A", forceIn: [ids.big, ids.a] });
    const plan = await team.as.viewer.plan.choice({ ...ws, scenarioId: scenario.id, mode: "optimal" });
    expect(plan.status).toBe("infeasible");
    expect(plan.infeasible.map((f) => [f.title, f.reason]).sort()).toEqual([
      ["Big", "no_capacity"],
      ["Small A", "no_capacity"],
    ]);
  });

  it("forcing one out lets the plan take the next best", async () => {
    const scenario = await team.as.admin.scenario.create({ ...ws, name: "Without A", forceOut: [ids.a] });
    const plan = await team.as.viewer.plan.choice({ ...ws, scenarioId: scenario.id, mode: "optimal" });
    // Without A: Big alone (30) beats B alone (18); Big + B needs 13 > 10.
    expect(scheduledIds(plan)).toEqual([ids.big]);
    expect(plan.items.find((i) => i.id === ids.a)).toMatchObject({ scheduled: false, reason: "forced_out" });
  });

  it("plans with an older version of the scoring model", async () => {
    const model = await team.as.admin.scoringModel.get(ws);
    // Version 2 values experience only: with no effect links nothing has value, so nothing is planned.
    await team.as.admin.scoringModel.update({
      ...ws,
      version: model.number,
      weights: { experience: 100, cost: 0, revenue: 0 },
      materialAmount: model.materialAmount,
      revenueMargin: model.revenueMargin,
      discountRate: model.discountRate,
      horizonYears: model.horizonYears,
    });
    expect(scheduledIds(await team.as.viewer.plan.choice({ ...ws, mode: "optimal" }))).toEqual([]);
    const scenario = await team.as.admin.scenario.create({ ...ws, name: "Last year's model", scoringModelNumber: 1 });
    const plan = await team.as.viewer.plan.choice({ ...ws, scenarioId: scenario.id, mode: "optimal" });
    expect(plan.modelNumber).toBe(1);
    expect(scheduledIds(plan)).toEqual([ids.a, ids.b].sort());
  });

  it("another workspace's scenario is not found", async () => {
    const other = await makeTeam(db);
    const theirs = await other.as.admin.scenario.create({ workspaceId: other.workspaceId, name: "Theirs" });
    expect((await failure(team.as.viewer.plan.choice({ ...ws, scenarioId: theirs.id, mode: "greedy" }))).code).toBe("NOT_FOUND");
  });
});
