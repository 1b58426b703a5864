import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiativeEffects, scoringModels } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { auditActions, failure, insertInitiative, insertMoments } from "../helpers/initiative-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };

beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
});

const defaults = {
  weights: { experience: 40, cost: 30, revenue: 30 },
  materialAmount: { cost: 1_000_000, revenue: 1_000_000 },
  revenueMargin: 0.4,
  discountRate: 0.08,
  horizonYears: 3,
};

const modelRows = async () => await db.select().from(scoringModels).where(eq(scoringModels.workspaceId, team.workspaceId));

describe("scoringModel.get / update / history", () => {
  it("starts with the defaults of docs/scoring.md §2 as version 1", async () => {
    const model = await team.as.viewer.scoringModel.get({ ...ws });
    expect(model).toMatchObject({ number: 1, ...defaults });
  });

  it("a change inserts a new version; the history keeps every version, newest first, with its author", async () => {
    const updated = await team.as.admin.scoringModel.update({
      ...ws,
      version: 1,
      ...defaults,
      weights: { experience: 50, cost: 25, revenue: 25 },
      horizonYears: 5,
      note: "Experience first this year",
    });
    expect(updated).toMatchObject({
      number: 2,
      weights: { experience: 50, cost: 25, revenue: 25 },
      horizonYears: 5,
      note: "Experience first this year",
      createdBy: { id: team.members.admin.id, name: team.members.admin.name },
    });
    expect((await team.as.viewer.scoringModel.get({ ...ws })).number).toBe(2);

    const history = await team.as.viewer.scoringModel.history({ ...ws });
    expect(history.total).toBe(2);
    expect(history.items.map((m) => [m.number, m.weights.experience])).toEqual([
      [2, 50],
      [1, 40],
    ]);
    expect(history.items[0]!.createdBy?.name).toBe(team.members.admin.name);
    expect((await auditActions(db, team.workspaceId, "scoring_model")).map((a) => a.action)).toEqual(["create"]);
  });

  it("refuses a change made from a stale version, inserting nothing", async () => {
    await team.as.admin.scoringModel.update({ ...ws, version: 1, ...defaults, discountRate: 0.1 });
    const error = await failure(team.as.admin.scoringModel.update({ ...ws, version: 1, ...defaults, discountRate: 0.05 }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(team.members.admin.name);
    expect(await modelRows()).toHaveLength(2);
  });

  it.each([
    [{ weights: { experience: 40, cost: 30, revenue: 20 } }, "weights", /add up to 100 \(now 40 \+ 30 \+ 20 = 90\)/],
    [{ weights: { experience: 110, cost: -10, revenue: 0 } }, "weights.cost", /negative/],
    [{ weights: { experience: 40.5, cost: 29.5, revenue: 30 } }, "weights.experience", /whole number/],
    [{ materialAmount: { cost: 0, revenue: 1 } }, "materialAmount.cost", /more than 0/],
    [{ revenueMargin: 1.5 }, "revenueMargin", /between 0 and 1/],
    [{ discountRate: -0.1 }, "discountRate", /between 0 and 1/],
    [{ horizonYears: 11 }, "horizonYears", /1 to 10/],
    [{ horizonYears: 2.5 }, "horizonYears", /whole number/],
    [{ note: "n".repeat(2001) }, "note", /2,000/],
  ])("refuses %j with a clear message on %s", async (bad, field, message) => {
    const error = await failure(team.as.admin.scoringModel.update({ ...ws, version: 1, ...defaults, ...bad }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors[field]?.join(" ")).toMatch(message);
    expect(await modelRows()).toHaveLength(1);
  });

  it("only admins change the model", async () => {
    for (const role of ["executive", "editor", "tracker", "viewer"] as const) {
      expect((await failure(team.as[role].scoringModel.update({ ...ws, version: 1, ...defaults }))).code, role).toBe("FORBIDDEN");
    }
    expect(await modelRows()).toHaveLength(1);
  });

  it("another workspace's model is not reachable", async () => {
    const other = await makeTeam(db);
    expect((await failure(team.as.admin.scoringModel.get({ workspaceId: other.workspaceId }))).code).toBe("NOT_FOUND");
  });
});

describe("scoringModel.preview", () => {
  /**
   * Cost: cost likely 1,000,000 = the material amount → s_C = 10, no links → s_E = 0.
   * Care: effect +3 on a moment of importance 5, performance 1 (gap 1, factor 1) → s_E = 10.
   * Both confidence 1, effort 1.
   * Default weights 40/30/30: Care = 10 × 40 × 10 / 100 = 40, Cost = 10 × 30 × 10 / 100 = 30.
   * Draft 10/80/10: Care = 10 × 10 × 10 / 100 = 10, Cost = 10 × 80 × 10 / 100 = 80.
   */
  async function twoInitiatives() {
    const { moments } = await insertMoments(db, team.workspaceId, { moments: [{ importance: 5, performance: 1 }] });
    const cost = await insertInitiative(db, team.workspaceId, {
      title: "Cost",
      costLow: 1e6,
      costLikely: 1e6,
      costHigh: 1e6,
      confidence: 1,
      effort: 1,
    });
    const care = await insertInitiative(db, team.workspaceId, { title: "Care", confidence: 1, effort: 1 });
    await db
      .insert(initiativeEffects)
      .values({ workspaceId: team.workspaceId, initiativeId: care.id, momentId: moments[0]!.id, effect: 3 });
    return { cost, care };
  }

  it("shows the ranking a draft would give next to the current one, without saving", async () => {
    const { cost, care } = await twoInitiatives();
    const preview = await team.as.viewer.scoringModel.preview({ ...ws, ...defaults, weights: { experience: 10, cost: 80, revenue: 10 } });
    expect(preview.moved).toBe(2);
    expect(preview.rows.map((r) => [r.id, r.title, r.current.rank, r.draft.rank, r.move])).toEqual([
      [cost.id, "Cost", 2, 1, 1],
      [care.id, "Care", 1, 2, -1],
    ]);
    expect(preview.rows[0]!.current.valueScore).toBeCloseTo(30, 10);
    expect(preview.rows[0]!.draft.valueScore).toBeCloseTo(80, 10);
    expect(preview.rows[1]!.current.valueScore).toBeCloseTo(40, 10);
    expect(preview.rows[1]!.draft.valueScore).toBeCloseTo(10, 10);

    expect(await modelRows()).toHaveLength(1);
    expect((await team.as.viewer.scoringModel.get({ ...ws })).weights).toEqual(defaults.weights);
  });

  it("refuses a draft that breaks the rules", async () => {
    const error = await failure(
      team.as.viewer.scoringModel.preview({ ...ws, ...defaults, weights: { experience: 50, cost: 50, revenue: 50 } }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors.weights?.[0]).toMatch(/add up to 100/);
  });
});

describe("the crown threshold (scoring.md v2)", () => {
  it("starts at 0.5, is saved as a new version, keeps the current one when a client leaves it out, and is refused outside 0..10", async () => {
    expect((await team.as.viewer.scoringModel.get({ ...ws })).crownThreshold).toBe(0.5);
    const v2 = await team.as.admin.scoringModel.update({ ...ws, version: 1, ...defaults, crownThreshold: 2 });
    expect([v2.number, v2.crownThreshold]).toEqual([2, 2]);
    const v3 = await team.as.admin.scoringModel.update({ ...ws, version: 2, ...defaults, discountRate: 0.1 });
    expect([v3.number, v3.crownThreshold]).toEqual([3, 2]);
    const error = await failure(team.as.admin.scoringModel.update({ ...ws, version: 3, ...defaults, crownThreshold: 10.5 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors.crownThreshold?.join(" ")).toBe("The crown threshold is between 0 and 10 points");
    expect((await modelRows()).map((m) => [m.number, m.crownThreshold])).toEqual([
      [1, 0.5],
      [2, 2],
      [3, 2],
    ]);
  });

  it("decides the crowns: a cost score of 0.4 is a crown at threshold 0, not at the default 0.5", async () => {
    // s_C = 10 × 40,000 / 1,000,000 = 0.4; no experience link, no revenue.
    await insertInitiative(db, team.workspaceId, {
      title: "Small saving",
      costLow: 40_000,
      costLikely: 40_000,
      costHigh: 40_000,
      confidence: 1,
      effort: 1,
    });
    const rowsAt = async () => (await team.as.viewer.scorecard.rows({ ...ws })).items.map((r) => [r.title, r.crowns]);
    expect(await rowsAt()).toEqual([["Small saving", 0]]);
    const preview = await team.as.viewer.scoringModel.preview({ ...ws, ...defaults, crownThreshold: 0 });
    expect(preview.rows.map((r) => [r.title, r.current.crowns, r.draft.crowns])).toEqual([["Small saving", 0, 1]]);
    await team.as.admin.scoringModel.update({ ...ws, version: 1, ...defaults, crownThreshold: 0 });
    expect(await rowsAt()).toEqual([["Small saving", 1]]);
  });
});
