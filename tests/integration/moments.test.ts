import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiativeEffects, moments } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam, makeWorkspace } from "../helpers/factories";
import {
  auditActions,
  auditRows,
  failure,
  fieldErrors,
  makeCanvas,
  makeCategory,
  makeLinkedInitiative,
  makeMoment,
} from "../helpers/customer-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: string;
let canvasId: string;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = team.workspaceId;
  canvasId = (await makeCanvas(db, ws)).id;
});

const positions = async (id: string) =>
  await db
    .select({ id: moments.id, position: moments.position })
    .from(moments)
    .where(eq(moments.canvasId, id))
    .orderBy(asc(moments.position));

describe("moment.create and computed fields", () => {
  it("creates a moment at the end of its canvas with hot-spot numbers computed on read", async () => {
    const first = await team.as.editor.moment.create({
      workspaceId: ws,
      canvasId,
      name: "Chasing a status update",
      stage: "Wait",
      journeyType: "service-planned",
      channel: "Phone",
      importance: 5,
      performance: 1,
      volumePerYear: 40_000,
      costPerInteraction: 6.5,
    });
    // gap = 5 × (6 − 1) / 25 = 1; hotSpotScore = 100; annualCost = 40,000 × 6.5 = 260,000
    expect(first).toMatchObject({
      position: 0,
      gap: 1,
      hotSpotScore: 100,
      annualCost: 260_000,
      isHotSpot: true,
      linkedInitiatives: [],
      version: 1,
    });
    const second = await team.as.editor.moment.create({ workspaceId: ws, canvasId, name: "Invoice", importance: 3, performance: 4 });
    // gap = 3 × 2 / 25 = 0.24; not a hot spot (importance < 4); defaults for the rest
    expect(second).toMatchObject({
      position: 1,
      gap: 0.24,
      hotSpotScore: 24,
      annualCost: 0,
      isHotSpot: false,
      stage: "",
      channel: "",
      journeyType: "other",
      volumePerYear: 0,
      costPerInteraction: 0,
    });
    expect(await auditActions(db, "moment", first.id)).toEqual(["create"]);
  });

  it.each([
    [4, 2, 0.64, 64, true],
    [4, 3, 0.48, 48, false],
    [3, 1, 0.6, 60, false],
    [1, 5, 0.04, 4, false],
  ])("importance %i, performance %i: gap %f, score %i, hot spot %s", async (importance, performance, g, score, hot) => {
    const m = await team.as.editor.moment.create({ workspaceId: ws, canvasId, name: "m", importance, performance });
    expect(m.gap).toBeCloseTo(g, 12);
    expect(m.hotSpotScore).toBe(score);
    expect(m.isHotSpot).toBe(hot);
  });

  it.each<[Record<string, unknown>, string, RegExp]>([
    [{ importance: 0, performance: 3 }, "importance", /1 to 5/],
    [{ importance: 6, performance: 3 }, "importance", /1 to 5/],
    [{ importance: 3, performance: 2.5 }, "performance", /whole number/],
    [{ importance: 3, performance: 3, volumePerYear: -1 }, "volumePerYear", /negative/],
    [{ importance: 3, performance: 3, costPerInteraction: -0.01 }, "costPerInteraction", /negative/],
    [{ importance: 3, performance: 3, costPerInteraction: 2e12 }, "costPerInteraction", /At most/],
    [{ importance: 3, performance: 3, journeyType: "teleport" }, "journeyType", /service-planned/],
    [{ importance: 3, performance: 3, name: "" }, "name", /name/],
  ])("refuses bad input with a field error (%#)", async (input, field, message) => {
    const error = await failure(
      team.as.editor.moment.create({ workspaceId: ws, canvasId, name: "m", ...(input as { importance: number; performance: number }) }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)[field]?.join(" ")).toMatch(message);
    expect(await db.select().from(moments)).toHaveLength(0);
  });

  it("FORBIDDEN for tracker, executive and viewer; NOT_FOUND for another workspace's canvas", async () => {
    for (const role of ["tracker", "executive", "viewer"] as const) {
      expect(
        (await failure(team.as[role].moment.create({ workspaceId: ws, canvasId, name: "m", importance: 3, performance: 3 }))).code,
      ).toBe("FORBIDDEN");
    }
    const foreign = await makeCanvas(db, (await makeWorkspace(db)).workspace.id);
    expect(
      (await failure(team.as.admin.moment.create({ workspaceId: ws, canvasId: foreign.id, name: "m", importance: 3, performance: 3 })))
        .code,
    ).toBe("NOT_FOUND");
    expect(await db.select().from(moments)).toHaveLength(0);
  });
});

describe("moment.update and delete", () => {
  it("updates with the version read; recomputes; audits", async () => {
    const m = await makeMoment(db, ws, canvasId, { importance: 5, performance: 1 });
    const updated = await team.as.editor.moment.update({ workspaceId: ws, id: m.id, version: 1, performance: 4 });
    // gap = 5 × 2 / 25 = 0.4
    expect(updated).toMatchObject({ performance: 4, importance: 5, gap: 0.4, hotSpotScore: 40, isHotSpot: false, version: 2 });
    const audit = await auditRows(db, "moment", m.id);
    expect(audit.map((a) => a.action)).toEqual(["update"]);
    expect(audit[0]!.before).toMatchObject({ performance: 1 });
  });

  it("a stale version is a CONFLICT and changes nothing", async () => {
    const m = await makeMoment(db, ws, canvasId, { name: "Original" });
    await team.as.editor.moment.update({ workspaceId: ws, id: m.id, version: 1, name: "First" });
    const error = await failure(team.as.admin.moment.update({ workspaceId: ws, id: m.id, version: 1, name: "Second" }));
    expect(error.code).toBe("CONFLICT");
    expect((await db.select().from(moments).where(eq(moments.id, m.id)))[0]).toMatchObject({ name: "First", version: 2 });
  });

  it("update validates fields and checks tenancy and role", async () => {
    const m = await makeMoment(db, ws, canvasId);
    const bad = await failure(team.as.editor.moment.update({ workspaceId: ws, id: m.id, version: 1, importance: 9 }));
    expect(Object.keys(fieldErrors(bad))).toEqual(["importance"]);
    expect((await failure(team.as.tracker.moment.update({ workspaceId: ws, id: m.id, version: 1, name: "x" }))).code).toBe("FORBIDDEN");
    const other = (await makeWorkspace(db)).workspace.id;
    const foreign = await makeMoment(db, other, (await makeCanvas(db, other)).id);
    expect((await failure(team.as.admin.moment.update({ workspaceId: ws, id: foreign.id, version: 1, name: "x" }))).code).toBe("NOT_FOUND");
    expect((await failure(team.as.admin.moment.get({ workspaceId: ws, id: foreign.id }))).code).toBe("NOT_FOUND");
    expect((await failure(team.as.admin.moment.delete({ workspaceId: ws, id: foreign.id }))).code).toBe("NOT_FOUND");
  });

  it("delete removes the moment and its initiative links, audited with the links", async () => {
    const m = await makeMoment(db, ws, canvasId);
    const init = await makeLinkedInitiative(db, ws, [{ momentId: m.id, effect: -2 }]);
    expect(await team.as.editor.moment.delete({ workspaceId: ws, id: m.id })).toEqual({ deleted: true, effectLinks: 1 });
    expect(await db.select().from(moments)).toHaveLength(0);
    expect(await db.select().from(initiativeEffects)).toHaveLength(0);
    expect((await auditRows(db, "moment", m.id))[0]!.before).toMatchObject({ effects: [{ initiativeId: init.id, effect: -2 }] });
    expect((await failure(team.as.viewer.moment.delete({ workspaceId: ws, id: (await makeMoment(db, ws, canvasId)).id }))).code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("moment.list", () => {
  it("lists a canvas's moments in position order with the initiatives that touch each", async () => {
    const m1 = await makeMoment(db, ws, canvasId, {
      position: 1,
      importance: 4,
      performance: 2,
      volumePerYear: 1000,
      costPerInteraction: 12,
    });
    const m0 = await makeMoment(db, ws, canvasId, { position: 0 });
    await makeMoment(db, ws, (await makeCanvas(db, ws)).id);
    const b = await makeLinkedInitiative(db, ws, [{ momentId: m1.id, effect: 3 }], { title: "Video health check" });
    const a = await makeLinkedInitiative(
      db,
      ws,
      [
        { momentId: m1.id, effect: -1 },
        { momentId: m0.id, effect: 1 },
      ],
      { title: "Chatbot" },
    );
    const page = await team.as.viewer.moment.list({ workspaceId: ws, canvasId });
    expect(page.total).toBe(2);
    expect(page.items.map((m) => m.id)).toEqual([m0.id, m1.id]);
    expect(page.items[1]).toMatchObject({ annualCost: 12_000, isHotSpot: true, hotSpotScore: 64 });
    expect(page.items[1]!.linkedInitiatives).toEqual([
      { id: a.id, title: "Chatbot", effect: -1 },
      { id: b.id, title: "Video health check", effect: 3 },
    ]);
    expect(page.items[0]!.linkedInitiatives).toEqual([{ id: a.id, title: "Chatbot", effect: 1 }]);
  });

  it("lists the whole workspace, bounded, with category and canvas names", async () => {
    const cat = await makeCategory(db, ws, { name: "Aardvarks need speed" });
    const c = await makeCanvas(db, ws, { categoryId: cat.id, title: "Fast" });
    const m = await makeMoment(db, ws, c.id);
    await makeMoment(db, ws, canvasId);
    await makeMoment(db, ws, canvasId);
    const other = (await makeWorkspace(db)).workspace.id;
    await makeMoment(db, other, (await makeCanvas(db, other)).id);
    const page = await team.as.tracker.moment.list({ workspaceId: ws, limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({ id: m.id, categoryName: "Aardvarks need speed", canvasTitle: "Fast" });
  });

  it("another workspace's canvas is NOT_FOUND", async () => {
    const foreign = await makeCanvas(db, (await makeWorkspace(db)).workspace.id);
    expect((await failure(team.as.admin.moment.list({ workspaceId: ws, canvasId: foreign.id }))).code).toBe("NOT_FOUND");
  });

  it("listGrouped groups by category then canvas, for the initiative editor", async () => {
    const a = await makeCategory(db, ws, { name: "A need", weight: 2 });
    const b = await makeCategory(db, ws, { name: "B need" });
    const ca = await makeCanvas(db, ws, { categoryId: a.id, title: "Canvas A" });
    const cb = await makeCanvas(db, ws, { categoryId: b.id, title: "Canvas B" });
    const a2 = await makeMoment(db, ws, ca.id, { name: "a2", position: 2, importance: 5, performance: 2 });
    const a1 = await makeMoment(db, ws, ca.id, { name: "a1", position: 1 });
    const b1 = await makeMoment(db, ws, cb.id, { name: "b1" });
    const other = (await makeWorkspace(db)).workspace.id;
    await makeMoment(db, other, (await makeCanvas(db, other)).id);
    const { groups, truncated } = await team.as.viewer.moment.listGrouped({ workspaceId: ws });
    expect(truncated).toBe(false);
    expect(
      groups.map((g) => [g.categoryName, g.categoryWeight, g.canvases.map((c) => [c.canvasTitle, c.moments.map((m) => m.id)])]),
    ).toEqual([
      ["A need", 2, [["Canvas A", [a1.id, a2.id]]]],
      ["B need", 1, [["Canvas B", [b1.id]]]],
    ]);
    // gap = 5 × 4 / 25 = 0.8
    expect(groups[0]!.canvases[0]!.moments[1]).toMatchObject({ name: "a2", gap: 0.8, hotSpotScore: 80, isHotSpot: true });
  });
});

describe("moment.reorder", () => {
  it("rewrites positions in the given order, audited on the canvas", async () => {
    const a = await makeMoment(db, ws, canvasId, { position: 0 });
    const b = await makeMoment(db, ws, canvasId, { position: 1 });
    const c = await makeMoment(db, ws, canvasId, { position: 2 });
    await team.as.editor.moment.reorder({ workspaceId: ws, canvasId, ids: [c.id, a.id, b.id] });
    expect(await positions(canvasId)).toEqual([
      { id: c.id, position: 0 },
      { id: a.id, position: 1 },
      { id: b.id, position: 2 },
    ]);
    const audit = await auditRows(db, "canvas", canvasId);
    expect(audit.map((r) => r.action)).toEqual(["reorder_moments"]);
    expect(audit[0]!.before).toEqual([a.id, b.id, c.id]);
    expect(audit[0]!.after).toEqual([c.id, a.id, b.id]);
  });

  it("refuses a list that is not exactly the canvas's moments, changing nothing", async () => {
    const a = await makeMoment(db, ws, canvasId, { position: 0 });
    const b = await makeMoment(db, ws, canvasId, { position: 1 });
    const elsewhere = await makeMoment(db, ws, (await makeCanvas(db, ws)).id);
    const missing = await failure(team.as.editor.moment.reorder({ workspaceId: ws, canvasId, ids: [b.id] }));
    expect(missing.code).toBe("BAD_REQUEST");
    expect(fieldErrors(missing).ids?.join(" ")).toContain(`missing: ${a.id}`);
    const stranger = await failure(team.as.editor.moment.reorder({ workspaceId: ws, canvasId, ids: [b.id, a.id, elsewhere.id] }));
    expect(fieldErrors(stranger).ids?.join(" ")).toContain(`not moments of this canvas: ${elsewhere.id}`);
    const dup = await failure(team.as.editor.moment.reorder({ workspaceId: ws, canvasId, ids: [b.id, b.id] }));
    expect(fieldErrors(dup).ids?.join(" ")).toMatch(/only once/);
    expect(await positions(canvasId)).toEqual([
      { id: a.id, position: 0 },
      { id: b.id, position: 1 },
    ]);
  });

  it("FORBIDDEN for a tracker; NOT_FOUND for another workspace's canvas", async () => {
    const a = await makeMoment(db, ws, canvasId);
    expect((await failure(team.as.tracker.moment.reorder({ workspaceId: ws, canvasId, ids: [a.id] }))).code).toBe("FORBIDDEN");
    const foreign = await makeCanvas(db, (await makeWorkspace(db)).workspace.id);
    expect((await failure(team.as.admin.moment.reorder({ workspaceId: ws, canvasId: foreign.id, ids: [] }))).code).toBe("NOT_FOUND");
  });
});
