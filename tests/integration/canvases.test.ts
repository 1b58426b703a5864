import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { canvases, comments, measures, moments } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam, makeWorkspace } from "../helpers/factories";
import {
  auditActions,
  auditRows,
  failure,
  fieldErrors,
  makeCanvas,
  makeCategory,
  makeComment,
  makeMeasure,
  makeMoment,
} from "../helpers/customer-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: string;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = team.workspaceId;
});

describe("canvas.create", () => {
  it("creates a draft canvas in a category of the workspace, audited", async () => {
    const cat = await makeCategory(db, ws);
    const canvas = await team.as.editor.canvas.create({
      workspaceId: ws,
      categoryId: cat.id,
      title: "Same-day service",
      outcomeStatement: "I get my car back fixed the day I was promised, without chasing",
    });
    expect(canvas).toMatchObject({
      categoryId: cat.id,
      title: "Same-day service",
      outcomeStatement: "I get my car back fixed the day I was promised, without chasing",
      context: "",
      expectations: "",
      painPoints: "",
      notes: "",
      status: "draft",
      version: 1,
      updatedBy: team.members.editor.id,
    });
    expect(await auditActions(db, "canvas", canvas.id)).toEqual(["create"]);
  });

  it("allows several canvases per category", async () => {
    const cat = await makeCategory(db, ws);
    await team.as.editor.canvas.create({ workspaceId: ws, categoryId: cat.id, title: "One" });
    await team.as.editor.canvas.create({ workspaceId: ws, categoryId: cat.id, title: "Two" });
    expect(await db.select().from(canvases).where(eq(canvases.categoryId, cat.id))).toHaveLength(2);
  });

  it.each<[Record<string, unknown>, string, RegExp]>([
    [{ title: "" }, "title", /Give the canvas a title/],
    [{ title: "t".repeat(201) }, "title", /at most 200/],
    [{ title: "ok", painPoints: "p".repeat(10_001) }, "painPoints", /10,000/],
    [{ title: "ok", status: "final" }, "status", /draft, agreed/],
  ])("refuses bad input with a field error (%#)", async (input, field, message) => {
    const cat = await makeCategory(db, ws);
    const error = await failure(team.as.editor.canvas.create({ workspaceId: ws, categoryId: cat.id, ...(input as { title: string }) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)[field]?.join(" ")).toMatch(message);
  });

  it("a category of another workspace is NOT_FOUND; viewers and trackers are FORBIDDEN", async () => {
    const foreign = await makeCategory(db, (await makeWorkspace(db)).workspace.id);
    expect((await failure(team.as.editor.canvas.create({ workspaceId: ws, categoryId: foreign.id, title: "x" }))).code).toBe("NOT_FOUND");
    const cat = await makeCategory(db, ws);
    for (const role of ["viewer", "tracker", "executive"] as const) {
      expect((await failure(team.as[role].canvas.create({ workspaceId: ws, categoryId: cat.id, title: "x" }))).code).toBe("FORBIDDEN");
    }
    expect(await db.select().from(canvases)).toHaveLength(0);
  });
});

describe("canvas.update (autosave)", () => {
  it("saves text and status with the version read, and records who saved", async () => {
    const canvas = await makeCanvas(db, ws);
    const first = await team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, context: "Commuters who need the car" });
    expect(first).toMatchObject({ context: "Commuters who need the car", version: 2, updatedBy: team.members.editor.id });
    const second = await team.as.admin.canvas.update({
      workspaceId: ws,
      id: canvas.id,
      version: 2,
      status: "agreed",
      expectations: "A firm time",
    });
    expect(second).toMatchObject({ status: "agreed", expectations: "A firm time", context: "Commuters who need the car", version: 3 });
    expect(await auditActions(db, "canvas", canvas.id)).toEqual(["update", "update"]);
    const got = await team.as.viewer.canvas.get({ workspaceId: ws, id: canvas.id });
    expect(got.updatedByName).toBe(team.members.admin.name);
  });

  it("an autosave with a stale version gets CONFLICT and changes nothing", async () => {
    const canvas = await makeCanvas(db, ws, { painPoints: "original" });
    await team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, painPoints: "tab A" });
    const error = await failure(team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, painPoints: "tab B" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/^Pain points was changed by .* since you opened this canvas/);
    const row = (await db.select().from(canvases).where(eq(canvases.id, canvas.id)))[0]!;
    expect(row).toMatchObject({ painPoints: "tab A", version: 2 });
    expect(await auditActions(db, "canvas", canvas.id)).toEqual(["update"]);
  });

  it("moves to another category of the workspace, not to another workspace's", async () => {
    const canvas = await makeCanvas(db, ws);
    const other = await makeCategory(db, ws);
    expect((await team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, categoryId: other.id })).categoryId).toBe(
      other.id,
    );
    const foreign = await makeCategory(db, (await makeWorkspace(db)).workspace.id);
    expect((await failure(team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 2, categoryId: foreign.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await db.select().from(canvases).where(eq(canvases.id, canvas.id)))[0]?.categoryId).toBe(other.id);
  });

  it("FORBIDDEN for a tracker; NOT_FOUND for another workspace's canvas", async () => {
    const canvas = await makeCanvas(db, ws);
    expect((await failure(team.as.tracker.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, notes: "x" }))).code).toBe(
      "FORBIDDEN",
    );
    const foreign = await makeCanvas(db, (await makeWorkspace(db)).workspace.id, { notes: "theirs" });
    expect((await failure(team.as.admin.canvas.update({ workspaceId: ws, id: foreign.id, version: 1, notes: "x" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await db.select().from(canvases).where(eq(canvases.id, foreign.id)))[0]?.notes).toBe("theirs");
  });
});

describe("canvas.list and get", () => {
  it("lists with the category name and counts, optionally by category", async () => {
    const a = await makeCategory(db, ws, { name: "Alpha" });
    const b = await makeCategory(db, ws, { name: "Beta" });
    const c1 = await makeCanvas(db, ws, { categoryId: b.id, title: "Zed" });
    const c2 = await makeCanvas(db, ws, { categoryId: a.id, title: "Why" });
    await makeMoment(db, ws, c1.id, { importance: 5, performance: 1 });
    await makeMoment(db, ws, c1.id, { importance: 4, performance: 2 });
    await makeMoment(db, ws, c1.id, { importance: 3, performance: 1 });
    await makeMeasure(db, ws, c1.id);
    await makeCanvas(db, (await makeWorkspace(db)).workspace.id);
    const all = await team.as.viewer.canvas.list({ workspaceId: ws });
    expect(all.total).toBe(2);
    expect(all.items.map((c) => [c.id, c.categoryName, c.momentsCount, c.hotSpotCount, c.measuresCount])).toEqual([
      [c2.id, "Alpha", 0, 0, 0],
      [c1.id, "Beta", 3, 2, 1],
    ]);
    const onlyB = await team.as.viewer.canvas.list({ workspaceId: ws, categoryId: b.id });
    expect(onlyB.items.map((c) => c.id)).toEqual([c1.id]);
  });

  it("get carries the category name; another workspace's canvas or category is NOT_FOUND", async () => {
    const cat = await makeCategory(db, ws, { name: "Peace of mind" });
    const canvas = await makeCanvas(db, ws, { categoryId: cat.id });
    expect(await team.as.viewer.canvas.get({ workspaceId: ws, id: canvas.id })).toMatchObject({
      id: canvas.id,
      categoryName: "Peace of mind",
    });
    const other = (await makeWorkspace(db)).workspace.id;
    const foreign = await makeCanvas(db, other);
    expect((await failure(team.as.admin.canvas.get({ workspaceId: ws, id: foreign.id }))).code).toBe("NOT_FOUND");
    expect((await failure(team.as.admin.canvas.list({ workspaceId: ws, categoryId: foreign.categoryId }))).code).toBe("NOT_FOUND");
  });
});

describe("canvas.delete", () => {
  it("deletes an empty canvas and its comments at once", async () => {
    const canvas = await makeCanvas(db, ws);
    await makeComment(db, ws, { entityType: "canvas", entityId: canvas.id });
    expect(await team.as.editor.canvas.delete({ workspaceId: ws, id: canvas.id })).toEqual({
      deleted: true,
      moments: 0,
      measures: 0,
      effectLinks: 0,
    });
    expect(await db.select().from(canvases)).toHaveLength(0);
    expect(await db.select().from(comments)).toHaveLength(0);
    expect(await auditActions(db, "canvas", canvas.id)).toEqual(["delete"]);
  });

  it("refuses while it has moments or measures, then cascades with confirm", async () => {
    const canvas = await makeCanvas(db, ws, { title: "Same-day" });
    await makeMoment(db, ws, canvas.id);
    await makeMeasure(db, ws, canvas.id);
    await makeMeasure(db, ws, canvas.id);
    const error = await failure(team.as.editor.canvas.delete({ workspaceId: ws, id: canvas.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("“Same-day” has 1 moment of truth and 2 measures. Deleting it deletes them too; confirm to go ahead.");
    expect(await db.select().from(moments)).toHaveLength(1);
    const onlyMeasures = await makeCanvas(db, ws);
    await makeMeasure(db, ws, onlyMeasures.id);
    expect((await failure(team.as.editor.canvas.delete({ workspaceId: ws, id: onlyMeasures.id }))).code).toBe("CONFLICT");

    expect(await team.as.editor.canvas.delete({ workspaceId: ws, id: canvas.id, confirm: true })).toMatchObject({
      moments: 1,
      measures: 2,
    });
    expect(await db.select().from(moments)).toHaveLength(0);
    expect(await db.select().from(measures)).toHaveLength(1);
    expect((await auditRows(db, "canvas", canvas.id))[0]!.before).toMatchObject({
      title: "Same-day",
      deleted: { moments: 1, measures: 2 },
    });
  });

  it("FORBIDDEN for a viewer; NOT_FOUND across workspaces", async () => {
    const canvas = await makeCanvas(db, ws);
    expect((await failure(team.as.viewer.canvas.delete({ workspaceId: ws, id: canvas.id }))).code).toBe("FORBIDDEN");
    const foreign = await makeCanvas(db, (await makeWorkspace(db)).workspace.id);
    expect((await failure(team.as.admin.canvas.delete({ workspaceId: ws, id: foreign.id, confirm: true }))).code).toBe("NOT_FOUND");
    expect(await db.select().from(canvases)).toHaveLength(2);
  });
});
