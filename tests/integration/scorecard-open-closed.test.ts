import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { initiativeResults } from "@/db/schema";
import { resetClock, setClock } from "@/server/domain/shared/clock";
import { viewSharedScorecard } from "@/server/domain/share/view";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { insertInitiative, insertPeriods } from "../helpers/initiative-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };

/** Cost only, confidence 1, effort 1, default model: valueScore = 10 × 0.3 × 10 × likely / 1,000,000 = 3 × likely / 100,000. */
const costOnly = (likely: number) => ({ costLow: likely, costLikely: likely, costHigh: likely, confidence: 1, effort: 1 });

beforeEach(async () => {
  setClock(() => "2026-05-10");
  db = await createTestDb();
  team = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
  const [q1] = await insertPeriods(db, team.workspaceId, ["2026-01-01", "2026-04-01", "2026-07-01"], 100);
  await insertInitiative(db, team.workspaceId, { title: "Alpha", status: "proposed", ...costOnly(100_000) }); // 3
  await insertInitiative(db, team.workspaceId, { title: "Bravo", status: "approved", ...costOnly(300_000) }); // 9
  await insertInitiative(db, team.workspaceId, { title: "Charlie", status: "in_progress", startPeriod: 0, ...costOnly(200_000) }); // 6
  // Closed work worth more than any open one: it must not take a rank.
  const done = await insertInitiative(db, team.workspaceId, { title: "Delta", status: "done", startPeriod: 0, ...costOnly(500_000) }); // 15
  await insertInitiative(db, team.workspaceId, {
    title: "Echo",
    status: "cancelled",
    ...costOnly(400_000),
    decisionReason: "Duplicate of Bravo",
  }); // 12
  await db.insert(initiativeResults).values([
    {
      workspaceId: team.workspaceId,
      initiativeId: done.id,
      periodId: q1!.id,
      actualCostReduction: 120_000,
      actualRevenueGrowth: 5_000,
      note: "",
    },
  ]);
});

describe("the scorecard separates open work from closed work", () => {
  it("ranks only proposed, approved and in-progress work, 1 to 3, and the headline counts the same rows", async () => {
    const rows = await team.as.viewer.scorecard.rows({ ...ws, limit: 25, offset: 0 });
    expect(rows.total).toBe(3);
    expect(rows.items.map((r) => [r.rank, r.title])).toEqual([
      [1, "Bravo"],
      [2, "Charlie"],
      [3, "Alpha"],
    ]);
    const summary = await team.as.viewer.scorecard.summary(ws);
    expect(summary.headline.initiatives).toBe(3);
    expect(summary.headline.closed).toEqual({ done: 1, cancelled: 1 });
    expect(summary.points.map((p) => p.title)).toEqual(["Bravo", "Charlie", "Alpha"]);
    // Filtering the ranked table by a closed status finds nothing: closed work is listed apart.
    expect((await team.as.viewer.scorecard.rows({ ...ws, status: "done" })).total).toBe(0);
  });

  it("lists done and cancelled work apart, done first, with the realised results recorded", async () => {
    const { closed } = await team.as.viewer.scorecard.summary(ws);
    expect(closed.total).toBe(2);
    expect(closed.items.map((c) => [c.title, c.status, c.realised, c.decisionReason])).toEqual([
      ["Delta", "done", { costReduction: 120_000, revenueGrowth: 5_000, periodsReported: 1 }, null],
      ["Echo", "cancelled", null, "Duplicate of Bravo"],
    ]);
    expect(closed.items[0]!.valueScore).toBeCloseTo(15, 9);
  });

  it("shows the same split on a share link's scorecard", async () => {
    const link = await team.as.admin.share.create({ ...ws, expiresInDays: 7 });
    const view = await viewSharedScorecard(db, link.token);
    expect([view.headline.initiatives, view.totalInitiatives, view.totalClosed]).toEqual([3, 3, 2]);
    expect(view.initiatives.map((r) => [r.rank, r.title])).toEqual([
      [1, "Bravo"],
      [2, "Charlie"],
      [3, "Alpha"],
    ]);
    expect(view.closed.map((c) => [c.title, c.status, c.realised])).toEqual([
      ["Delta", "done", { costReduction: 120_000, revenueGrowth: 5_000, periodsReported: 1 }],
      ["Echo", "cancelled", null],
    ]);
  });
});

afterAll(() => resetClock());
