import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { insertInitiative, insertMoments } from "../helpers/initiative-factories";
import { initiativeEffects } from "@/db/schema";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  const ws = team.workspaceId;
  const { moments } = await insertMoments(db, ws, { moments: [{ importance: 5, performance: 1 }] });
  // Default model: s_C = 10 × likely / 1,000,000, weight 30, confidence 1, effort 1 → valueScore = 3 × likely / 100,000.
  for (const [title, likely, department] of [
    ["Alpha", 100_000, "Service"],
    ["Bravo", 500_000, "Digital"],
    ["Charlie", 300_000, "Service"],
    ["Delta", 200_000, "Digital"],
    ["Echo", 400_000, "Finance"],
  ] as const) {
    await insertInitiative(db, ws, { title, department, costLow: likely, costLikely: likely, costHigh: likely, confidence: 1, effort: 1 });
  }
  // Foxtrot cuts cost but harms the one moment.
  const harm = await insertInitiative(db, ws, {
    title: "Foxtrot",
    costLow: 50_000,
    costLikely: 50_000,
    costHigh: 50_000,
    confidence: 1,
    effort: 1,
  });
  await db.insert(initiativeEffects).values({ workspaceId: ws, initiativeId: harm.id, momentId: moments[0]!.id, effect: -3 });
});

describe("scorecard views", () => {
  it("pages the ranked rows, with the sensitivity merged in", async () => {
    const page = await team.as.viewer.scorecard.rows({ workspaceId: team.workspaceId, limit: 2, offset: 1 });
    expect(page.total).toBe(6);
    expect(page.items.map((r) => [r.rank, r.title])).toEqual([
      [2, "Echo"],
      [3, "Charlie"],
    ]);
    expect(page.items[0]!.valueScore).toBeCloseTo(12, 9);
    expect(page.items[0]!.sensitivity.rankMin).toBeLessThanOrEqual(2);
    expect(page.items[0]!.sensitivity.rankMax).toBeGreaterThanOrEqual(2);
  });

  it("filters by search, department and red flags; total counts the filtered rows", async () => {
    const ws = { workspaceId: team.workspaceId };
    const service = await team.as.viewer.scorecard.rows({ ...ws, department: "Service" });
    expect(service.items.map((r) => r.title)).toEqual(["Charlie", "Alpha"]);
    expect((await team.as.viewer.scorecard.rows({ ...ws, search: "ECH" })).items.map((r) => r.title)).toEqual(["Echo"]);
    const flagged = await team.as.viewer.scorecard.rows({ ...ws, flagged: true });
    // Foxtrot harms experience; the others are not linked to any moment at all.
    expect(flagged.total).toBe(6);
    expect(flagged.items.find((r) => r.title === "Foxtrot")?.flags.harmsExperience).toBe(true);
  });

  it("summarises departments by crowns and keeps chart points compact", async () => {
    const summary = await team.as.viewer.scorecard.summary({ workspaceId: team.workspaceId });
    expect(summary.total).toBe(6);
    expect(summary.departments.map((d) => [d.department, d.count])).toEqual([
      ["Digital", 2],
      ["Finance", 1],
      ["No department", 1],
      ["Service", 2],
    ]);
    expect(Object.keys(summary.points[0]!).sort()).toEqual(["crowns", "department", "effort", "id", "npv", "rank", "title", "valueScore"]);
  });

  it("refuses a page size past 100", async () => {
    await expect(team.as.viewer.scorecard.rows({ workspaceId: team.workspaceId, limit: 101 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("roadmap view", () => {
  it("names each item's prerequisites for the 'after X' markers", async () => {
    const ws = team.workspaceId;
    const list = await team.as.viewer.initiative.list({ workspaceId: ws, limit: 50 });
    const byTitle = new Map(list.items.map((i) => [i.title, i]));
    await team.as.editor.initiative.setDependencies({
      workspaceId: ws,
      initiativeId: byTitle.get("Alpha")!.id,
      dependsOn: [byTitle.get("Bravo")!.id],
    });
    const roadmap = await team.as.viewer.scorecard.roadmap({ workspaceId: ws });
    const alpha = roadmap.items.find((i) => i.title === "Alpha")!;
    expect(alpha.dependsOn).toEqual([{ id: byTitle.get("Bravo")!.id, title: "Bravo" }]);
    expect(roadmap.items.find((i) => i.title === "Bravo")!.dependsOn).toEqual([]);
  });

  it("filters rows to triple crowns only", async () => {
    const page = await team.as.viewer.scorecard.rows({ workspaceId: team.workspaceId, tripleCrown: true });
    // No initiative here improves a moment, so none has an experience crown.
    expect(page.total).toBe(0);
  });
});

describe("roadmap view of a big workspace", () => {
  it("lists every scheduled item and the first 500 unscheduled by rank, counting the rest by reason", async () => {
    const { seedBigWorkspace } = await import("@/server/demo/big-workspace");
    const big = await seedBigWorkspace(db, { initiatives: 1200, ownerId: team.members.admin.id, slug: "big-1200" });
    const roadmap = await team.as.admin.scorecard.roadmap({ workspaceId: big.workspaceId });
    const listedUnscheduled = roadmap.items.filter((i) => !i.scheduled);
    const scheduled = roadmap.items.filter((i) => i.scheduled);
    expect(roadmap.unscheduledTotal).toBeGreaterThan(500);
    expect(listedUnscheduled).toHaveLength(500);
    const { no_positive_value, blocked, no_capacity } = roadmap.unscheduledByReason;
    expect(no_positive_value + blocked + no_capacity).toBe(roadmap.unscheduledTotal);
    const ranks = listedUnscheduled.map((i) => i.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Done and cancelled initiatives are not planned; every open one is either scheduled or counted.
    const summary = await team.as.admin.scorecard.summary({ workspaceId: big.workspaceId });
    expect(scheduled.length + roadmap.unscheduledTotal).toBe(summary.headline.initiatives);
    expect(summary.headline.initiatives + summary.headline.closed.done + summary.headline.closed.cancelled).toBe(summary.total);
  });
});
