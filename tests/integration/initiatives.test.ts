import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comments, initiativeDependencies, initiativeEffects, initiativeResults, initiatives } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { auditRows, failure, insertInitiative, insertMoments, insertPeriods } from "../helpers/initiative-factories";

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

const estimates = {
  costReduction: { low: 100_000, likely: 200_000, high: 300_000 },
  revenueGrowth: { low: 0, likely: 50_000, high: 80_000 },
  investment: 40_000,
  effort: 12,
  durationPeriods: 2,
  confidence: 0.8,
};

async function row(id: string) {
  return (await db.select().from(initiatives).where(eq(initiatives.id, id)))[0];
}

describe("initiative.create / get", () => {
  it("creates with estimates, owner and department, writes an audit row, and reads it back", async () => {
    const created = await team.as.editor.initiative.create({
      ...ws,
      title: "  Same-day courtesy car  ",
      problem: "Customers lose a day without a car",
      ownerId: team.members.tracker.id,
      department: "Workshop",
      ...estimates,
    });
    expect(created).toMatchObject({
      title: "Same-day courtesy car",
      status: "proposed",
      version: 1,
      costReduction: { low: 100_000, likely: 200_000, high: 300_000 },
      revenueGrowth: { low: 0, likely: 50_000, high: 80_000 },
      startPeriod: null,
      pinnedPeriod: null,
      progress: 0,
    });
    expect((await auditRows(db, created.id)).map((a) => a.action)).toEqual(["create"]);

    const got = await team.as.viewer.initiative.get({ ...ws, id: created.id });
    expect(got.owner).toEqual({ id: team.members.tracker.id, name: team.members.tracker.name });
    expect(got).toMatchObject({ effects: [], dependsOn: [], dependents: [], assumptions: [], results: [] });
  });

  it("applies the defaults of docs/scoring.md §2 when estimates are left out", async () => {
    const created = await team.as.admin.initiative.create({ ...ws, title: "Bare" });
    expect(created).toMatchObject({
      effort: 1,
      durationPeriods: 1,
      confidence: 0.8,
      investment: 0,
      costReduction: { low: 0, likely: 0, high: 0 },
      ownerId: null,
      department: "",
    });
  });

  it.each([
    [
      { costReduction: { low: 300, likely: 200, high: 400 } },
      "costReduction.low",
      /^Cost reduction, low: must not be above the likely value$/,
    ],
    [
      { revenueGrowth: { low: 0, likely: 500, high: 400 } },
      "revenueGrowth.high",
      /^Revenue growth, high: must not be below the likely value$/,
    ],
    [{ costReduction: { low: -2e12, likely: 0, high: 0 } }, "costReduction.low", /at least/],
    [{ title: "x".repeat(201) }, "title", /at most 200/],
    [{ title: "   " }, "title", /title/],
    [{ problem: "x".repeat(10_001) }, "problem", /10,000/],
    [{ department: "d".repeat(101) }, "department", /at most 100/],
    [{ effort: 0 }, "effort", /more than 0/],
    [{ effort: 1_000_001 }, "effort", /at most 1,000,000/],
    [{ confidence: 0 }, "confidence", /more than 0/],
    [{ confidence: 1.2 }, "confidence", /at most 1/],
    [{ durationPeriods: 21 }, "durationPeriods", /at most 20/],
    [{ durationPeriods: 1.5 }, "durationPeriods", /whole number/],
    [{ investment: -1 }, "investment", /negative/],
    [{ progress: 101 }, "progress", /0 and 100/],
  ])("refuses %j with an error on %s", async (bad, field, message) => {
    const error = await failure(team.as.editor.initiative.create({ ...ws, title: "Valid", ...bad }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors[field]?.join(" ")).toMatch(message);
    expect(await db.select().from(initiatives)).toHaveLength(0);
  });

  it("refuses an owner who is not a member of the workspace (NOT_FOUND, nothing written)", async () => {
    const error = await failure(team.as.editor.initiative.create({ ...ws, title: "X", ownerId: other.members.editor.id }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.select().from(initiatives)).toHaveLength(0);
  });

  it("refuses a pin unless approved, and a missing start period when started", async () => {
    const pinned = await failure(team.as.editor.initiative.create({ ...ws, title: "X", pinnedPeriod: 1 }));
    expect(pinned.code).toBe("BAD_REQUEST");
    expect(pinned.fieldErrors.pinnedPeriod?.[0]).toMatch(/Only an approved initiative can be pinned/);
    const started = await failure(team.as.admin.initiative.create({ ...ws, title: "X", status: "in_progress" }));
    expect(started.fieldErrors.startPeriod?.[0]).toMatch(/required when in progress/);
  });

  it("creating straight into a later status needs the permissions of the way there", async () => {
    expect((await failure(team.as.editor.initiative.create({ ...ws, title: "X", status: "approved" }))).code).toBe("FORBIDDEN");
    const done = await team.as.admin.initiative.create({ ...ws, title: "Backfill", status: "done", startPeriod: -2 });
    expect(done).toMatchObject({ status: "done", startPeriod: -2, progress: 100 });
  });

  it("get with another workspace's id is NOT_FOUND", async () => {
    const theirs = await insertInitiative(db, other.workspaceId);
    expect((await failure(team.as.admin.initiative.get({ ...ws, id: theirs.id }))).code).toBe("NOT_FOUND");
  });
});

describe("initiative.list / departments", () => {
  let categoryId: string;
  beforeEach(async () => {
    const { category, moments } = await insertMoments(db, team.workspaceId, { moments: [{ importance: 3, performance: 3 }] });
    const linked = await insertInitiative(db, team.workspaceId, {
      title: "Bravo online booking",
      department: "Digital",
      status: "approved",
      ownerId: team.members.editor.id,
    });
    await db
      .insert(initiativeEffects)
      .values({ workspaceId: team.workspaceId, initiativeId: linked.id, momentId: moments[0]!.id, effect: 2 });
    await insertInitiative(db, team.workspaceId, {
      title: "alpha tyre hotel",
      department: "Workshop",
      problem: "Storage of 100% of tyres",
    });
    await insertInitiative(db, team.workspaceId, { title: "Charlie call-back", department: "Contact centre", status: "cancelled" });
    await insertInitiative(db, team.workspaceId, { title: "Delta digital invoice", department: "Digital" });
    await insertInitiative(db, other.workspaceId, { title: "Other workspace's", department: "Secret" });
    categoryId = category.id;
  });

  it("lists the workspace's initiatives by title, with owner name and effect count", async () => {
    const page = await team.as.viewer.initiative.list({ ...ws });
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.title)).toEqual([
      "Bravo online booking",
      "Charlie call-back",
      "Delta digital invoice",
      "alpha tyre hotel",
    ]);
    expect(page.items[0]).toMatchObject({ ownerName: team.members.editor.name, effectCount: 1 });
    expect(page.items[1]).toMatchObject({ ownerName: null, effectCount: 0 });
    expect(page.items[0]).not.toHaveProperty("problem");
  });

  it("pages with a stable order", async () => {
    const first = await team.as.viewer.initiative.list({ ...ws, limit: 2, offset: 0 });
    const second = await team.as.viewer.initiative.list({ ...ws, limit: 2, offset: 2 });
    expect([...first.items, ...second.items].map((i) => i.title)).toEqual([
      "Bravo online booking",
      "Charlie call-back",
      "Delta digital invoice",
      "alpha tyre hotel",
    ]);
    expect(second.total).toBe(4);
  });

  it("filters by status, department, owner, category and search", async () => {
    const titles = async (filter: Record<string, unknown>) =>
      (await team.as.viewer.initiative.list({ ...ws, ...filter })).items.map((i) => i.title);
    expect(await titles({ status: ["approved", "cancelled"] })).toEqual(["Bravo online booking", "Charlie call-back"]);
    expect(await titles({ department: "Digital" })).toEqual(["Bravo online booking", "Delta digital invoice"]);
    expect(await titles({ ownerId: team.members.editor.id })).toEqual(["Bravo online booking"]);
    expect(await titles({ categoryId: categoryId })).toEqual(["Bravo online booking"]);
    expect(await titles({ search: "DIGITAL" })).toEqual(["Delta digital invoice"]);
    expect(await titles({ search: "100%" })).toEqual(["alpha tyre hotel"]);
    expect(await titles({ search: "1_0" })).toEqual([]);
  });

  it("suggests the distinct departments in use", async () => {
    expect(await team.as.viewer.initiative.departments({ ...ws })).toEqual(["Contact centre", "Digital", "Workshop"]);
    expect(await team.as.viewer.initiative.departments({ ...ws, search: "work" })).toEqual(["Workshop"]);
  });
});

describe("initiative.list sorted by any column, across pages", () => {
  // Default model (weights 40/30/30, material 1,000,000), cost only, confidence 1, no links:
  // value = 10 × (30 × 10c/1e6) / 100 = 30c/1e6, priority = value / effort.
  //   Alpha: c 500,000, effort 10 → value 15, priority 1.5
  //   Bravo: c 200,000, effort 1  → value 6,  priority 6
  //   Charlie: c 1,000,000, effort 30 → value 30, priority 1
  // Rank (priority, best first): Bravo 1, Alpha 2, Charlie 3.
  const cost = (c: number) => ({ costLow: c, costLikely: c, costHigh: c, confidence: 1 });
  let bravoId: string;
  beforeEach(async () => {
    await insertInitiative(db, team.workspaceId, { title: "Alpha", effort: 10, ...cost(500_000) });
    bravoId = (await insertInitiative(db, team.workspaceId, { title: "Bravo", effort: 1, ...cost(200_000) })).id;
    await insertInitiative(db, team.workspaceId, { title: "Charlie", effort: 30, ...cost(1_000_000) });
  });
  const list = async (extra: Record<string, unknown>) => (await team.as.viewer.initiative.list({ ...ws, ...extra })).items;

  it("by rank, with each row's rank and value from the engine", async () => {
    const items = await list({ sort: "rank", dir: "asc" });
    expect(items.map((i) => [i.title, i.score?.rank])).toEqual([
      ["Bravo", 1],
      ["Alpha", 2],
      ["Charlie", 3],
    ]);
    expect(items.map((i) => i.score!.valueScore)).toEqual([expect.closeTo(6, 9), expect.closeTo(15, 9), expect.closeTo(30, 9)]);
  });

  it("by value, highest first, and by cost reduction, lowest first", async () => {
    expect((await list({ sort: "value", dir: "desc" })).map((i) => i.title)).toEqual(["Charlie", "Alpha", "Bravo"]);
    expect((await list({ sort: "saving", dir: "asc" })).map((i) => i.title)).toEqual(["Bravo", "Alpha", "Charlie"]);
    expect((await list({ sort: "title", dir: "desc" })).map((i) => i.title)).toEqual(["Charlie", "Bravo", "Alpha"]);
  });

  it("sorts the whole list before paging", async () => {
    expect((await list({ sort: "rank", dir: "asc", limit: 2, offset: 0 })).map((i) => i.title)).toEqual(["Bravo", "Alpha"]);
    expect((await list({ sort: "rank", dir: "asc", limit: 2, offset: 2 })).map((i) => i.title)).toEqual(["Charlie"]);
    expect((await list({ sort: "value", dir: "desc", limit: 1, offset: 1 })).map((i) => i.title)).toEqual(["Alpha"]);
  });

  it("follows a change at once: Bravo at effort 100 drops to the last rank", async () => {
    await team.as.editor.initiative.update({ ...ws, id: bravoId, version: 1, effort: 100 });
    expect((await list({ sort: "rank", dir: "asc" })).map((i) => i.title)).toEqual(["Alpha", "Charlie", "Bravo"]);
  });

  it("refuses an unknown sort column with a clear message", async () => {
    const error = await failure(team.as.viewer.initiative.list({ ...ws, sort: "secret" as never }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("initiative.update", () => {
  it("updates the fields sent, bumps the version and audits before/after", async () => {
    const created = await team.as.editor.initiative.create({ ...ws, title: "Old", ...estimates });
    const updated = await team.as.editor.initiative.update({
      ...ws,
      id: created.id,
      version: 1,
      title: "New",
      costReduction: { low: 1, likely: 2, high: 3 },
    });
    expect(updated).toMatchObject({ title: "New", version: 2, costReduction: { low: 1, likely: 2, high: 3 }, effort: 12 });
    const audits = await auditRows(db, created.id);
    expect(audits.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audits[1]!.before).toMatchObject({ title: "Old", costLikely: 200_000 });
    expect(audits[1]!.after).toMatchObject({ title: "New", costLikely: 2 });
  });

  it("refuses a stale version with CONFLICT naming who changed it, and changes nothing", async () => {
    const created = await team.as.editor.initiative.create({ ...ws, title: "Old" });
    await team.as.admin.initiative.update({ ...ws, id: created.id, version: 1, title: "By admin" });
    const error = await failure(team.as.editor.initiative.update({ ...ws, id: created.id, version: 1, title: "Stale" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(team.members.admin.name);
    expect(await row(created.id)).toMatchObject({ title: "By admin", version: 2 });
  });

  it("names the offending estimate field", async () => {
    const created = await team.as.editor.initiative.create({ ...ws, title: "X" });
    const error = await failure(
      team.as.editor.initiative.update({ ...ws, id: created.id, version: 1, revenueGrowth: { low: 10, likely: 5, high: 20 } }),
    );
    expect(Object.keys(error.fieldErrors)).toEqual(["revenueGrowth.low"]);
  });

  it("tracker and executive cannot edit estimates; viewer cannot create", async () => {
    const created = await team.as.editor.initiative.create({ ...ws, title: "X" });
    for (const role of ["tracker", "executive", "viewer"] as const) {
      const error = await failure(team.as[role].initiative.update({ ...ws, id: created.id, version: 1, effort: 5 }));
      expect(error.code, role).toBe("FORBIDDEN");
    }
    expect((await failure(team.as.viewer.initiative.create({ ...ws, title: "Y" }))).code).toBe("FORBIDDEN");
    expect(await row(created.id)).toMatchObject({ effort: 1, version: 1 });
  });

  it("an approval cannot be made by editing the status", async () => {
    const created = await team.as.editor.initiative.create({ ...ws, title: "X" });
    expect((await failure(team.as.editor.initiative.update({ ...ws, id: created.id, version: 1, status: "approved" }))).code).toBe(
      "FORBIDDEN",
    );
    const admin = await failure(team.as.admin.initiative.update({ ...ws, id: created.id, version: 1, status: "approved" }));
    expect(admin.code).toBe("BAD_REQUEST");
    expect(admin.message).toMatch(/reason/);
    const impossible = await failure(
      team.as.admin.initiative.update({ ...ws, id: created.id, version: 1, status: "done", startPeriod: 0 }),
    );
    expect(impossible.message).toMatch(/cannot go from proposed to done/);
    expect((await row(created.id))?.status).toBe("proposed");
  });

  it("pins an approved initiative; starting it spends the pin", async () => {
    const created = await insertInitiative(db, team.workspaceId, { status: "approved" });
    const pinned = await team.as.editor.initiative.update({ ...ws, id: created.id, version: 1, pinnedPeriod: 2 });
    expect(pinned.pinnedPeriod).toBe(2);
    const started = await team.as.tracker.initiative.updateProgress({
      ...ws,
      id: created.id,
      version: 2,
      status: "in_progress",
      startPeriod: 1,
    });
    expect(started).toMatchObject({ status: "in_progress", startPeriod: 1, pinnedPeriod: null });
  });

  it("get/update/delete with another workspace's id are NOT_FOUND", async () => {
    const theirs = await insertInitiative(db, other.workspaceId, { title: "Theirs" });
    expect((await failure(team.as.admin.initiative.update({ ...ws, id: theirs.id, version: 1, title: "Mine" }))).code).toBe("NOT_FOUND");
    expect((await failure(team.as.admin.initiative.delete({ ...ws, id: theirs.id, version: 1 }))).code).toBe("NOT_FOUND");
    expect((await row(theirs.id))?.title).toBe("Theirs");
  });
});

describe("initiative.updateProgress (tracker)", () => {
  it("starts, reports progress, finishes and steps back", async () => {
    const created = await insertInitiative(db, team.workspaceId, { status: "approved" });
    const started = await team.as.tracker.initiative.updateProgress({
      ...ws,
      id: created.id,
      version: 1,
      status: "in_progress",
      startPeriod: 0,
      progress: 10,
    });
    expect(started).toMatchObject({ status: "in_progress", startPeriod: 0, progress: 10, version: 2 });
    const done = await team.as.tracker.initiative.updateProgress({ ...ws, id: created.id, version: 2, status: "done" });
    expect(done).toMatchObject({ status: "done", progress: 100, startPeriod: 0 });
    const back = await team.as.tracker.initiative.updateProgress({
      ...ws,
      id: created.id,
      version: 3,
      status: "in_progress",
      progress: 90,
    });
    expect(back).toMatchObject({ status: "in_progress", progress: 90 });
    const unstarted = await team.as.tracker.initiative.updateProgress({ ...ws, id: created.id, version: 4, status: "approved" });
    expect(unstarted).toMatchObject({ status: "approved", startPeriod: null });
    expect((await auditRows(db, created.id)).map((a) => a.action)).toEqual(Array(4).fill("update_progress"));
  });

  it("needs a start period to start", async () => {
    const created = await insertInitiative(db, team.workspaceId, { status: "approved" });
    const error = await failure(team.as.tracker.initiative.updateProgress({ ...ws, id: created.id, version: 1, status: "in_progress" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors.startPeriod?.[0]).toMatch(/started/);
  });

  it("a tracker cannot approve, an executive or viewer cannot track", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const approve = await failure(team.as.tracker.initiative.updateProgress({ ...ws, id: created.id, version: 1, status: "approved" }));
    expect(approve.code).toBe("FORBIDDEN");
    for (const role of ["executive", "viewer"] as const) {
      expect((await failure(team.as[role].initiative.updateProgress({ ...ws, id: created.id, version: 1, progress: 5 }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect(await row(created.id)).toMatchObject({ status: "proposed", progress: 0, version: 1 });
  });

  it("refuses a stale version", async () => {
    const created = await insertInitiative(db, team.workspaceId, { status: "approved" });
    await team.as.editor.initiative.update({ ...ws, id: created.id, version: 1, title: "Edited" });
    expect((await failure(team.as.tracker.initiative.updateProgress({ ...ws, id: created.id, version: 1, progress: 50 }))).code).toBe(
      "CONFLICT",
    );
    expect((await row(created.id))?.progress).toBe(0);
  });
});

describe("initiative.decide (executive)", () => {
  it("approves with a reason, stored and audited", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const approved = await team.as.executive.initiative.decide({
      ...ws,
      id: created.id,
      version: 1,
      decision: "approve",
      reason: "Cheap and loved by customers",
    });
    expect(approved).toMatchObject({ status: "approved", decisionReason: "Cheap and loved by customers", version: 2 });
    const audit = (await auditRows(db, created.id)).at(-1)!;
    expect(audit).toMatchObject({ action: "approve", actorId: team.members.executive.id });
    expect(audit.after).toMatchObject({ reason: "Cheap and loved by customers", status: "approved" });
  });

  it("rejects to cancelled", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const rejected = await team.as.admin.initiative.decide({
      ...ws,
      id: created.id,
      version: 1,
      decision: "reject",
      reason: "Harms experience",
    });
    expect(rejected).toMatchObject({ status: "cancelled", decisionReason: "Harms experience" });
  });

  it("approves without a reason: the reason is optional for approving", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const approved = await team.as.executive.initiative.decide({ ...ws, id: created.id, version: 1, decision: "approve" });
    expect(approved).toMatchObject({ status: "approved", decisionReason: null, version: 2 });
    const other = await insertInitiative(db, team.workspaceId);
    const blank = await team.as.executive.initiative.decide({ ...ws, id: other.id, version: 1, decision: "approve", reason: "  " });
    expect(blank).toMatchObject({ status: "approved", decisionReason: null });
  });

  it("needs a reason to reject, of at most 2,000 characters, and changes nothing without one", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const empty = await failure(
      team.as.executive.initiative.decide({ ...ws, id: created.id, version: 1, decision: "reject", reason: " " }),
    );
    expect(empty.fieldErrors.reason?.[0]).toBe("Say why you reject or stop it: the reason is kept with the decision");
    const missing = await failure(team.as.executive.initiative.decide({ ...ws, id: created.id, version: 1, decision: "reject" }));
    expect(missing.fieldErrors.reason?.[0]).toBe("Say why you reject or stop it: the reason is kept with the decision");
    const long = await failure(
      team.as.executive.initiative.decide({ ...ws, id: created.id, version: 1, decision: "approve", reason: "r".repeat(2001) }),
    );
    expect(long.fieldErrors.reason?.[0]).toMatch(/2,000/);
    expect(await team.as.executive.initiative.get({ ...ws, id: created.id })).toMatchObject({ status: "proposed", version: 1 });
  });

  it("only executives and admins decide", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    for (const role of ["editor", "tracker", "viewer"] as const) {
      const error = await failure(
        team.as[role].initiative.decide({ ...ws, id: created.id, version: 1, decision: "approve", reason: "Go" }),
      );
      expect(error.code, role).toBe("FORBIDDEN");
    }
    expect((await row(created.id))?.status).toBe("proposed");
  });

  it("an executive can decide but not edit", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    expect((await failure(team.as.executive.initiative.update({ ...ws, id: created.id, version: 1, title: "Mine now" }))).code).toBe(
      "FORBIDDEN",
    );
    await team.as.executive.initiative.decide({ ...ws, id: created.id, version: 1, decision: "approve", reason: "Go" });
  });

  it("cannot approve what is not proposed", async () => {
    const created = await insertInitiative(db, team.workspaceId, { status: "in_progress", startPeriod: 0 });
    const error = await failure(
      team.as.executive.initiative.decide({ ...ws, id: created.id, version: 1, decision: "approve", reason: "Go" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect((await row(created.id))?.version).toBe(1);
  });
});

describe("initiative.setEffects", () => {
  it("replaces the whole set at once and reads back names of moment, canvas and category", async () => {
    const { category, canvas, moments } = await insertMoments(db, team.workspaceId, {
      categoryName: "Time is money",
      moments: [
        { name: "Booking", importance: 5, performance: 2 },
        { name: "Collection", importance: 4, performance: 4 },
      ],
    });
    const created = await insertInitiative(db, team.workspaceId);
    const first = await team.as.editor.initiative.setEffects({
      ...ws,
      initiativeId: created.id,
      effects: [
        { momentId: moments[0]!.id, effect: 3 },
        { momentId: moments[1]!.id, effect: -1 },
      ],
    });
    expect(first.version).toBe(2);
    await team.as.editor.initiative.setEffects({
      ...ws,
      initiativeId: created.id,
      version: 2,
      effects: [{ momentId: moments[1]!.id, effect: 2 }],
    });
    const got = await team.as.viewer.initiative.get({ ...ws, id: created.id });
    expect(got.effects).toEqual([
      {
        momentId: moments[1]!.id,
        momentName: "Collection",
        effect: 2,
        importance: 4,
        performance: 4,
        canvasId: canvas.id,
        canvasTitle: canvas.title,
        categoryId: category.id,
        categoryName: "Time is money",
      },
    ]);
    expect((await auditRows(db, created.id)).map((a) => a.action)).toEqual(["set_effects", "set_effects"]);
    expect((await auditRows(db, created.id))[1]!.before).toEqual({
      effects: [
        { momentId: moments[0]!.id, effect: 3 },
        { momentId: moments[1]!.id, effect: -1 },
      ].sort((a, b) => (a.momentId < b.momentId ? -1 : 1)),
    });
  });

  it.each([
    [[{ effect: 4 }], /at most \+3/],
    [[{ effect: -4 }], /at least −3/],
    [[{ effect: 0 }], /leave the moment out/],
    [[{ effect: 1.5 }], /whole number/],
    [[{ effect: 1 }, { effect: 2 }], /listed twice/],
  ])("refuses %j", async (effects, message) => {
    const { moments } = await insertMoments(db, team.workspaceId, { moments: [{ importance: 3, performance: 3 }] });
    const created = await insertInitiative(db, team.workspaceId);
    const error = await failure(
      team.as.editor.initiative.setEffects({
        ...ws,
        initiativeId: created.id,
        effects: effects.map((e) => ({ momentId: moments[0]!.id, ...e })),
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.values(error.fieldErrors).flat().join(" ")).toMatch(message);
  });

  it("refuses more than 200 effects", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const effects = Array.from({ length: 201 }, (_, i) => ({ momentId: `m${i}`, effect: 1 }));
    expect((await failure(team.as.editor.initiative.setEffects({ ...ws, initiativeId: created.id, effects }))).code).toBe("BAD_REQUEST");
  });

  it("a moment of another workspace is NOT_FOUND and nothing changes", async () => {
    const mine = (await insertMoments(db, team.workspaceId, { moments: [{ importance: 3, performance: 3 }] })).moments[0]!;
    const theirs = (await insertMoments(db, other.workspaceId, { moments: [{ importance: 3, performance: 3 }] })).moments[0]!;
    const created = await insertInitiative(db, team.workspaceId);
    await team.as.editor.initiative.setEffects({ ...ws, initiativeId: created.id, effects: [{ momentId: mine.id, effect: 1 }] });
    const error = await failure(
      team.as.editor.initiative.setEffects({
        ...ws,
        initiativeId: created.id,
        effects: [
          { momentId: mine.id, effect: 3 },
          { momentId: theirs.id, effect: 1 },
        ],
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.select().from(initiativeEffects)).toEqual([
      { workspaceId: team.workspaceId, initiativeId: created.id, momentId: mine.id, effect: 1 },
    ]);
    expect((await row(created.id))?.version).toBe(2);
  });

  it("refuses a stale version, and the tracker", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    await team.as.editor.initiative.update({ ...ws, id: created.id, version: 1, title: "Edited" });
    expect((await failure(team.as.editor.initiative.setEffects({ ...ws, initiativeId: created.id, version: 1, effects: [] }))).code).toBe(
      "CONFLICT",
    );
    expect((await failure(team.as.tracker.initiative.setEffects({ ...ws, initiativeId: created.id, effects: [] }))).code).toBe("FORBIDDEN");
  });
});

describe("initiative.setDependencies", () => {
  it("sets prerequisites and shows dependents on the other side", async () => {
    const platform = await insertInitiative(db, team.workspaceId, { title: "Booking platform" });
    const app = await insertInitiative(db, team.workspaceId, { title: "Booking app" });
    await team.as.editor.initiative.setDependencies({ ...ws, initiativeId: app.id, dependsOn: [platform.id] });
    const got = await team.as.viewer.initiative.get({ ...ws, id: platform.id });
    expect(got.dependents).toEqual([{ id: app.id, title: "Booking app", status: "proposed" }]);
    expect((await team.as.viewer.initiative.get({ ...ws, id: app.id })).dependsOn).toEqual([
      { id: platform.id, title: "Booking platform", status: "proposed" },
    ]);
    expect((await auditRows(db, app.id)).map((a) => a.action)).toEqual(["set_dependencies"]);
  });

  it("refuses a cycle through the whole workspace graph, naming the initiatives by title", async () => {
    const a = await insertInitiative(db, team.workspaceId, { title: "Alpha" });
    const b = await insertInitiative(db, team.workspaceId, { title: "Bravo" });
    const c = await insertInitiative(db, team.workspaceId, { title: "Charlie" });
    await team.as.editor.initiative.setDependencies({ ...ws, initiativeId: a.id, dependsOn: [b.id] });
    await team.as.editor.initiative.setDependencies({ ...ws, initiativeId: b.id, dependsOn: [c.id] });
    const error = await failure(team.as.editor.initiative.setDependencies({ ...ws, initiativeId: c.id, dependsOn: [a.id] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain('"Charlie" depends on "Alpha" depends on "Bravo" depends on "Charlie"');
    expect(error.fieldErrors.dependsOn?.[0]).toContain("cycle");
    expect(await db.select().from(initiativeDependencies)).toHaveLength(2);
    expect((await row(c.id))?.version).toBe(1);
  });

  it("refuses itself and duplicates", async () => {
    const a = await insertInitiative(db, team.workspaceId, { title: "Alpha" });
    const b = await insertInitiative(db, team.workspaceId, { title: "Bravo" });
    const self = await failure(team.as.editor.initiative.setDependencies({ ...ws, initiativeId: a.id, dependsOn: [a.id] }));
    expect(self.fieldErrors.dependsOn?.[0]).toMatch(/itself/);
    const twice = await failure(team.as.editor.initiative.setDependencies({ ...ws, initiativeId: a.id, dependsOn: [b.id, b.id] }));
    expect(twice.code).toBe("BAD_REQUEST");
  });

  it("an initiative of another workspace is NOT_FOUND, on either side", async () => {
    const mine = await insertInitiative(db, team.workspaceId);
    const theirs = await insertInitiative(db, other.workspaceId);
    expect((await failure(team.as.editor.initiative.setDependencies({ ...ws, initiativeId: mine.id, dependsOn: [theirs.id] }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failure(team.as.editor.initiative.setDependencies({ ...ws, initiativeId: theirs.id, dependsOn: [mine.id] }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db.select().from(initiativeDependencies)).toHaveLength(0);
  });
});

describe("assumptions and risks", () => {
  it("adds, updates and deletes, each audited", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const added = await team.as.editor.initiative.addAssumption({
      ...ws,
      initiativeId: created.id,
      kind: "risk",
      text: "Parts suppliers cannot deliver same day",
      critical: true,
    });
    expect(added).toMatchObject({ kind: "risk", status: "untested", critical: true, version: 1 });
    const updated = await team.as.editor.initiative.updateAssumption({ ...ws, id: added.id, version: 1, status: "validated" });
    expect(updated).toMatchObject({ status: "validated", version: 2, text: "Parts suppliers cannot deliver same day" });
    expect((await team.as.viewer.initiative.get({ ...ws, id: created.id })).assumptions).toHaveLength(1);
    expect((await failure(team.as.editor.initiative.updateAssumption({ ...ws, id: added.id, version: 1, critical: false }))).code).toBe(
      "CONFLICT",
    );
    await team.as.editor.initiative.deleteAssumption({ ...ws, id: added.id, version: 2 });
    expect((await team.as.viewer.initiative.get({ ...ws, id: created.id })).assumptions).toEqual([]);
    expect((await auditRows(db, added.id)).map((a) => a.action)).toEqual(["create", "update", "delete"]);
  });

  it("validates text and enums, guards roles and workspaces", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const long = await failure(team.as.editor.initiative.addAssumption({ ...ws, initiativeId: created.id, text: "t".repeat(2001) }));
    expect(long.fieldErrors.text?.[0]).toMatch(/2,000/);
    expect((await failure(team.as.tracker.initiative.addAssumption({ ...ws, initiativeId: created.id, text: "x" }))).code).toBe(
      "FORBIDDEN",
    );
    const theirs = await insertInitiative(db, other.workspaceId);
    expect((await failure(team.as.editor.initiative.addAssumption({ ...ws, initiativeId: theirs.id, text: "x" }))).code).toBe("NOT_FOUND");
    const theirAssumption = await other.as.editor.initiative.addAssumption({
      workspaceId: other.workspaceId,
      initiativeId: theirs.id,
      text: "x",
    });
    expect((await failure(team.as.editor.initiative.deleteAssumption({ ...ws, id: theirAssumption.id, version: 1 }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("realised results", () => {
  it("a tracker records one result per period, updates it with its version, and deletes it", async () => {
    const [q1, q2] = await insertPeriods(db, team.workspaceId, ["2026-01-01", "2026-04-01"]);
    const created = await insertInitiative(db, team.workspaceId, { status: "in_progress", startPeriod: 0 });
    const recorded = await team.as.tracker.initiative.recordResult({
      ...ws,
      initiativeId: created.id,
      periodId: q2!.id,
      actualCostReduction: 12_000,
      actualRevenueGrowth: 3_000,
      note: "First quarter live",
    });
    await team.as.tracker.initiative.recordResult({
      ...ws,
      initiativeId: created.id,
      periodId: q1!.id,
      actualCostReduction: 1_000,
      actualRevenueGrowth: 0,
    });
    const again = await failure(
      team.as.tracker.initiative.recordResult({
        ...ws,
        initiativeId: created.id,
        periodId: q2!.id,
        actualCostReduction: 1,
        actualRevenueGrowth: 1,
      }),
    );
    expect(again.code).toBe("CONFLICT");
    const updated = await team.as.tracker.initiative.recordResult({
      ...ws,
      initiativeId: created.id,
      periodId: q2!.id,
      version: 1,
      actualCostReduction: 15_000,
      actualRevenueGrowth: 3_000,
    });
    expect(updated).toMatchObject({ id: recorded.id, version: 2, actualCostReduction: 15_000 });
    const stale = await failure(
      team.as.tracker.initiative.recordResult({
        ...ws,
        initiativeId: created.id,
        periodId: q2!.id,
        version: 1,
        actualCostReduction: 0,
        actualRevenueGrowth: 0,
      }),
    );
    expect(stale.code).toBe("CONFLICT");

    const got = await team.as.viewer.initiative.get({ ...ws, id: created.id });
    expect(got.results.map((r) => [r.periodLabel, r.actualCostReduction])).toEqual([
      ["P1", 1_000],
      ["P2", 15_000],
    ]);
    await team.as.tracker.initiative.deleteResult({ ...ws, id: recorded.id, version: 2 });
    expect((await auditRows(db, recorded.id)).map((a) => a.action)).toEqual(["create", "update", "delete"]);
  });

  it("refuses results before work started, periods of other workspaces, and roles without tracking", async () => {
    const [q1] = await insertPeriods(db, team.workspaceId, ["2026-01-01"]);
    const [theirPeriod] = await insertPeriods(db, other.workspaceId, ["2026-01-01"]);
    const proposed = await insertInitiative(db, team.workspaceId);
    const started = await insertInitiative(db, team.workspaceId, { status: "in_progress", startPeriod: 0 });
    const input = { ...ws, actualCostReduction: 1, actualRevenueGrowth: 1 };
    expect((await failure(team.as.tracker.initiative.recordResult({ ...input, initiativeId: proposed.id, periodId: q1!.id }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(
      (await failure(team.as.tracker.initiative.recordResult({ ...input, initiativeId: started.id, periodId: theirPeriod!.id }))).code,
    ).toBe("NOT_FOUND");
    for (const role of ["executive", "viewer"] as const) {
      expect((await failure(team.as[role].initiative.recordResult({ ...input, initiativeId: started.id, periodId: q1!.id }))).code).toBe(
        "FORBIDDEN",
      );
    }
    const money = await failure(
      team.as.tracker.initiative.recordResult({ ...input, initiativeId: started.id, periodId: q1!.id, actualCostReduction: 1e13 }),
    );
    expect(money.fieldErrors.actualCostReduction).toBeDefined();
  });
});

describe("initiative.delete", () => {
  it("refuses while others depend on it or results exist, unless confirmed; then removes everything with it", async () => {
    const [q1] = await insertPeriods(db, team.workspaceId, ["2026-01-01"]);
    const base = await insertInitiative(db, team.workspaceId, { title: "Platform", status: "in_progress", startPeriod: 0 });
    const app = await insertInitiative(db, team.workspaceId, { title: "App" });
    await team.as.editor.initiative.setDependencies({ ...ws, initiativeId: app.id, dependsOn: [base.id] });
    await team.as.tracker.initiative.recordResult({
      ...ws,
      initiativeId: base.id,
      periodId: q1!.id,
      actualCostReduction: 1,
      actualRevenueGrowth: 0,
    });
    await db.insert(comments).values({ workspaceId: team.workspaceId, entityType: "initiative", entityId: base.id, body: "Nice" });

    const refused = await failure(team.as.editor.initiative.delete({ ...ws, id: base.id, version: 1 }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain('"App" depend on it');
    expect(refused.message).toContain("1 realised result is recorded");
    expect(await row(base.id)).toBeDefined();

    await team.as.editor.initiative.delete({ ...ws, id: base.id, version: 1, confirm: true });
    expect(await row(base.id)).toBeUndefined();
    expect(await db.select().from(initiativeDependencies)).toEqual([]);
    expect(await db.select().from(comments)).toEqual([]);
    expect(await db.select().from(initiativeResults)).toEqual([]);
    const audit = (await auditRows(db, base.id)).at(-1)!;
    expect(audit.action).toBe("delete");
    expect(audit.before).toMatchObject({ title: "Platform" });
  });

  it("refuses a stale version and the roles without content.write", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    expect((await failure(team.as.editor.initiative.delete({ ...ws, id: created.id, version: 2 }))).code).toBe("CONFLICT");
    for (const role of ["executive", "tracker", "viewer"] as const) {
      expect((await failure(team.as[role].initiative.delete({ ...ws, id: created.id, version: 1 }))).code).toBe("FORBIDDEN");
    }
    expect(await row(created.id)).toBeDefined();
  });
});
