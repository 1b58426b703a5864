import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { decisions, initiativeResults, periods } from "@/db/schema";
import { ADOPTION_REASON } from "@/server/domain/initiative/plan-pins";
import { resetClock, setClock } from "@/server/domain/shared/clock";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { failure, insertInitiative, insertMoments, insertPeriods } from "../helpers/initiative-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let other: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };

beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  other = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
});
afterEach(() => {
  resetClock();
  vi.useRealTimers();
});

async function rowsOf(initiativeId: string) {
  return await db.select().from(decisions).where(eq(decisions.initiativeId, initiativeId));
}

/** What the scorecard shows for one initiative right now, read the way a member reads it. */
async function scorecardFigures(id: string) {
  const card = await team.as.viewer.scorecard.get(ws);
  const i = card.initiatives.find((x) => x.id === id)!;
  return { i, ranked: card.initiatives.filter((x) => x.rank !== null).length, modelNumber: card.model.number };
}

/** Two initiatives linked to a moment, so each has experience, cost and revenue figures and a rank among two. */
async function portfolio() {
  const { moments } = await insertMoments(db, ws.workspaceId, { moments: [{ importance: 5, performance: 2 }] });
  const bold = await insertInitiative(db, ws.workspaceId, {
    title: "Same-day repair",
    costLow: 100_000,
    costLikely: 200_000,
    costHigh: 300_000,
    revenueLow: 0,
    revenueLikely: 50_000,
    revenueHigh: 80_000,
    investment: 80_000,
    effort: 6,
    confidence: 0.8,
  });
  const small = await insertInitiative(db, ws.workspaceId, { title: "Better signage", costLikely: 10_000, costHigh: 10_000, effort: 2 });
  await team.as.editor.initiative.setEffects({ ...ws, initiativeId: bold.id, effects: [{ momentId: moments[0]!.id, effect: 2 }] });
  const { version } = await team.as.viewer.initiative.get({ ...ws, id: bold.id });
  return { bold: { ...bold, version }, small };
}

describe("decision log: every executive decision keeps the scorecard's figures of that moment", () => {
  it("an approval writes one row with the figures the scorecard showed just before", async () => {
    const { bold } = await portfolio();
    const shown = await scorecardFigures(bold.id);
    expect(shown.i.rank).not.toBeNull();

    await team.as.executive.initiative.decide({
      ...ws,
      id: bold.id,
      version: bold.version,
      decision: "approve",
      reason: "Loved by customers",
    });

    const rows = await rowsOf(bold.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      workspaceId: ws.workspaceId,
      fromStatus: "proposed",
      outcome: "approved",
      reason: "Loved by customers",
      decidedBy: team.members.executive.id,
      modelNumber: shown.modelNumber,
    });
    const { i } = shown;
    expect(rows[0]!.figures).toEqual({
      scored: true,
      valueScore: i.valueScore,
      priority: i.priority,
      rank: i.rank,
      ranked: shown.ranked,
      crowns: i.crowns,
      scores: i.scores,
      confidence: i.confidence,
      confidenceSource: "hand",
      confidenceAssumptions: 0,
      costReduction: { low: 100_000, likely: 200_000, high: 300_000 },
      revenueGrowth: { low: 0, likely: 50_000, high: 80_000 },
      investment: 80_000,
      effort: 6,
      npv: i.npv,
      paybackYears: i.paybackYears,
    });
    expect(shown.ranked).toBe(2);
    expect(i.confidence).toBe(0.8);
  });

  it("a rejection, a cancellation and a stop each write a 'cancelled' row from the status they left", async () => {
    const proposal = await insertInitiative(db, ws.workspaceId, { title: "Proposal" });
    const approved = await insertInitiative(db, ws.workspaceId, { title: "Approved", status: "approved" });
    const started = await insertInitiative(db, ws.workspaceId, { title: "Started", status: "in_progress", startPeriod: 0 });
    await insertPeriods(db, ws.workspaceId, ["2026-01-01"]);
    const shown = await scorecardFigures(proposal.id);
    expect(shown.i.rank).not.toBeNull();
    for (const [row, reason] of [
      [proposal, "Harms experience"],
      [approved, "No longer needed"],
      [started, "Stopped: the supplier left"],
    ] as const) {
      await team.as.admin.initiative.decide({ ...ws, id: row.id, version: 1, decision: "reject", reason });
    }
    const outcomes = async (id: string) => (await rowsOf(id)).map((r) => [r.fromStatus, r.outcome, r.reason, r.decidedBy]);
    expect(await outcomes(proposal.id)).toEqual([["proposed", "cancelled", "Harms experience", team.members.admin.id]]);
    expect(await outcomes(approved.id)).toEqual([["approved", "cancelled", "No longer needed", team.members.admin.id]]);
    expect(await outcomes(started.id)).toEqual([["in_progress", "cancelled", "Stopped: the supplier left", team.members.admin.id]]);
    // Read before the write: a cancelled initiative is no longer ranked, but the log keeps the rank it had.
    expect((await rowsOf(proposal.id))[0]!.figures).toMatchObject({ scored: true, rank: shown.i.rank, ranked: shown.ranked });
  });

  it("a decision refused for a stale version writes no row", async () => {
    const { bold } = await portfolio();
    const error = await failure(
      team.as.executive.initiative.decide({ ...ws, id: bold.id, version: bold.version + 1, decision: "approve", reason: "Go" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(await rowsOf(bold.id)).toEqual([]);
  });

  it("a decision the rules refuse (approving what is already approved) writes no row", async () => {
    const approved = await insertInitiative(db, ws.workspaceId, { status: "approved" });
    expect(
      (await failure(team.as.executive.initiative.decide({ ...ws, id: approved.id, version: 1, decision: "approve", reason: "Go" }))).code,
    ).toBe("CONFLICT");
    expect(await rowsOf(approved.id)).toEqual([]);
  });
});

describe("decision log: approvals made by adopting the optimal plan", () => {
  it("each proposal the adoption approves gets a row with the adoption's reason and its figures of before", async () => {
    setClock(() => "2026-02-01");
    await db
      .insert(periods)
      .values({ workspaceId: ws.workspaceId, label: "Q1 2026", startDate: "2026-01-01", endDate: "2026-03-31", capacity: 10 });
    // Cost weight 30 of material 1,000,000 and confidence 1: value = 30 × cost / 1,000,000 (see optimal-plan.test.ts).
    const make = (title: string, cost: number, effort: number) =>
      insertInitiative(db, ws.workspaceId, { title, costLow: cost, costLikely: cost, costHigh: cost, effort, confidence: 1 });
    const big = await make("Big", 1_000_000, 8);
    const a = await make("Small A", 600_000, 5);
    const b = await make("Small B", 600_000, 5);
    const before = await scorecardFigures(a.id);

    const plan = await team.as.executive.plan.choice({ ...ws, mode: "optimal" });
    await team.as.executive.plan.adopt({ ...ws, stateKey: plan.stateKey });

    expect(await rowsOf(big.id)).toEqual([]);
    for (const id of [a.id, b.id]) {
      const rows = await rowsOf(id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        fromStatus: "proposed",
        outcome: "approved",
        reason: ADOPTION_REASON,
        decidedBy: team.members.executive.id,
      });
    }
    expect((await rowsOf(a.id))[0]!.figures).toMatchObject({ scored: true, valueScore: 18, rank: before.i.rank, ranked: 3 });
    expect(before.i.valueScore).toBeCloseTo(18, 9);
  });
});

describe("decision.list", () => {
  it("lists an initiative's decisions, newest first, with the decider's name; empty before any", async () => {
    const { bold } = await portfolio();
    expect(await team.as.viewer.decision.list({ ...ws, initiativeId: bold.id })).toEqual({ items: [] });
    // Two decisions a day apart, so their order does not depend on the milliseconds between two calls.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-03-03T10:00:00Z") });
    await team.as.executive.initiative.decide({ ...ws, id: bold.id, version: bold.version, decision: "approve", reason: "Go" });
    vi.setSystemTime(new Date("2027-03-04T10:00:00Z"));
    await team.as.executive.initiative.decide({ ...ws, id: bold.id, version: bold.version + 1, decision: "reject", reason: "Budget cut" });
    vi.useRealTimers();
    const { items } = await team.as.viewer.decision.list({ ...ws, initiativeId: bold.id });
    expect(items.map((d) => [d.outcome, d.fromStatus, d.reason, d.decidedBy?.name])).toEqual([
      ["cancelled", "approved", "Budget cut", team.members.executive.name],
      ["approved", "proposed", "Go", team.members.executive.name],
    ]);
    expect(items.map((d) => d.decidedAt)).toEqual([Date.parse("2027-03-04T10:00:00Z"), Date.parse("2027-03-03T10:00:00Z")]);
    expect(items.every((d) => d.realisedSince === null)).toBe(true);
  });

  it("says what an approved initiative has realised since against what the decision planned for those periods", async () => {
    const { bold } = await portfolio();
    await team.as.executive.initiative.decide({ ...ws, id: bold.id, version: bold.version, decision: "approve", reason: "Go" });
    // Three quarters recorded: 3 × 0.25 years. Planned = likely × 0.75: cost 200,000 × 0.75 = 150,000; revenue 50,000 × 0.75 = 37,500.
    const quarters = await insertPeriods(db, ws.workspaceId, ["2027-01-01", "2027-04-01", "2027-07-01"]);
    const realised = [
      [40_000, 10_000],
      [50_000, 0],
      [30_000, 5_000],
    ] as const;
    for (const [k, [cost, revenue]] of realised.entries()) {
      await db.insert(initiativeResults).values({
        workspaceId: ws.workspaceId,
        initiativeId: bold.id,
        periodId: quarters[k]!.id,
        actualCostReduction: cost,
        actualRevenueGrowth: revenue,
      });
    }
    const [entry] = (await team.as.viewer.decision.list({ ...ws, initiativeId: bold.id })).items;
    expect(entry!.realisedSince).toEqual({
      periods: 3,
      // 120,000 / 150,000 = 0.8; 15,000 / 37,500 = 0.4
      costReduction: { realised: 120_000, planned: 150_000, share: 0.8 },
      revenueGrowth: { realised: 15_000, planned: 37_500, share: 0.4 },
    });
  });

  it("another workspace's initiative is not found, and a bad id is refused in plain words", async () => {
    const { bold } = await portfolio();
    await team.as.executive.initiative.decide({ ...ws, id: bold.id, version: bold.version, decision: "approve", reason: "Go" });
    const foreign = await failure(other.as.admin.decision.list({ workspaceId: other.workspaceId, initiativeId: bold.id }));
    expect(foreign.code).toBe("NOT_FOUND");
    // A workspace the caller is not a member of is not even said to exist.
    const outsider = await failure(other.as.admin.decision.list({ ...ws, initiativeId: bold.id }));
    expect(outsider.code).toBe("NOT_FOUND");
    const bad = await failure(team.as.viewer.decision.list({ ...ws, initiativeId: "" }));
    expect(bad.code).toBe("BAD_REQUEST");
  });
});
