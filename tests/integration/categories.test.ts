import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { canvases, categories, comments, initiativeEffects, measures, moments } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam, makeWorkspace, callerFor } from "../helpers/factories";
import {
  auditActions,
  auditRows,
  failure,
  fieldErrors,
  makeCanvas,
  makeCategory,
  makeComment,
  makeLinkedInitiative,
  makeMeasure,
  makeMoment,
} from "../helpers/customer-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

const need = "Wants the car back the same day, without chasing";

describe("category.create", () => {
  it("creates a category with defaults, no warnings, and an audit row", async () => {
    const row = await team.as.editor.category.create({ workspaceId: team.workspaceId, name: "Time is money", need });
    expect(row).toMatchObject({
      name: "Time is money",
      need,
      jobToBeDone: "",
      description: "",
      digitalSavviness: "medium",
      size: null,
      weight: 1,
      version: 1,
      workspaceId: team.workspaceId,
      warnings: [],
    });
    expect(await auditActions(db, "category", row.id)).toEqual(["create"]);
    const audit = (await auditRows(db, "category", row.id))[0]!;
    expect(audit.actorId).toBe(team.members.editor.id);
    expect(audit.after).toMatchObject({ name: "Time is money" });
  });

  it("stores every field", async () => {
    const row = await team.as.admin.category.create({
      workspaceId: team.workspaceId,
      name: "Peace of mind",
      need: "Needs to trust that the work is right",
      jobToBeDone: "Keep the family car safe",
      description: "Anxious about being upsold",
      digitalSavviness: "low",
      size: 12000,
      weight: 2.5,
    });
    expect(row).toMatchObject({ jobToBeDone: "Keep the family car safe", digitalSavviness: "low", size: 12000, weight: 2.5 });
  });

  it("warns, without refusing, when the name reads like a segment by circumstance", async () => {
    const row = await team.as.editor.category.create({ workspaceId: team.workspaceId, name: "Over 60s", need });
    expect(row.id).toBeTruthy();
    expect(row.warnings).toEqual([
      "“Over 60s” groups customers by circumstance (age). Need-based categories group them by what they need, e.g. “wants the car back the same day”.",
    ]);
    expect((await db.select().from(categories).where(eq(categories.id, row.id)))[0]?.name).toBe("Over 60s");
  });

  it.each([
    ["Millennials", "age"],
    ["High earners", "income"],
    ["Customers by postcode", "postcode"],
    ["Women drivers", "gender"],
    ["Rural customers", "region"],
    ["Students", "occupation"],
  ])("warns for %s (%s)", async (name, dimension) => {
    const row = await team.as.editor.category.create({ workspaceId: team.workspaceId, name, need });
    expect(row.warnings).toHaveLength(1);
    expect(row.warnings[0]).toContain(`(${dimension})`);
  });

  it("also reads the need, and does not flag need-based words", async () => {
    const fromNeed = await team.as.editor.category.create({
      workspaceId: team.workspaceId,
      name: "Busy",
      need: "Customers aged 25-40 in urban areas",
    });
    expect(fromNeed.warnings.map((w) => w.slice(0, w.indexOf("”") + 1))).toEqual(["“aged 25-40”", "“urban”"]);
    for (const name of ["Price seekers", "Peace of mind", "Car enthusiasts"]) {
      const row = await team.as.editor.category.create({
        workspaceId: team.workspaceId,
        name,
        need: "Never waits over 30 minutes; talks to a senior technician about a 10-year-old car",
      });
      expect(row.warnings).toEqual([]);
    }
  });

  it.each<[Record<string, unknown>, string, RegExp]>([
    [{ name: "", need }, "name", /Give the category a name/],
    [{ name: "x".repeat(201), need }, "name", /at most 200/],
    [{ name: "Ok", need: "   " }, "need", /defined by its need/],
    [{ name: "Ok", need, weight: 0 }, "weight", /greater than 0/],
    [{ name: "Ok", need, weight: -1 }, "weight", /greater than 0/],
    [{ name: "Ok", need, size: -5 }, "size", /negative/],
    [{ name: "Ok", need, size: 2.5 }, "size", /whole number/],
    [{ name: "Ok", need, digitalSavviness: "expert" }, "digitalSavviness", /low, medium, high/],
    [{ name: "Ok", need, description: "x".repeat(10_001) }, "description", /10,000/],
  ])("refuses bad input with a field error (%#)", async (input, field, message) => {
    const error = await failure(
      team.as.editor.category.create({ workspaceId: team.workspaceId, ...(input as { name: string; need: string }) }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)[field]?.join(" ")).toMatch(message);
    expect(await db.select().from(categories)).toHaveLength(0);
  });

  it.each(["executive", "tracker", "viewer"] as const)("is FORBIDDEN for %s", async (role) => {
    const error = await failure(team.as[role].category.create({ workspaceId: team.workspaceId, name: "X", need }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.select().from(categories)).toHaveLength(0);
  });
});

describe("category.update", () => {
  it("updates the named fields only, bumps the version, audits before and after", async () => {
    const cat = await makeCategory(db, team.workspaceId, { name: "Time is money", weight: 3, size: 500 });
    const updated = await team.as.editor.category.update({ workspaceId: team.workspaceId, id: cat.id, version: 1, weight: 2 });
    expect(updated).toMatchObject({ name: "Time is money", weight: 2, size: 500, version: 2, warnings: [] });
    const audit = await auditRows(db, "category", cat.id);
    expect(audit.map((a) => a.action)).toEqual(["update"]);
    expect(audit[0]!.before).toMatchObject({ weight: 3, version: 1 });
    expect(audit[0]!.after).toMatchObject({ weight: 2, version: 2 });
  });

  it("returns warnings when the update reads like circumstance", async () => {
    const cat = await makeCategory(db, team.workspaceId);
    const updated = await team.as.editor.category.update({ workspaceId: team.workspaceId, id: cat.id, version: 1, name: "Pensioners" });
    expect(updated.warnings).toHaveLength(1);
    expect(updated.warnings[0]).toMatch(/^“Pensioners” groups customers by circumstance \(age\)/);
  });

  it("can clear the size", async () => {
    const cat = await makeCategory(db, team.workspaceId, { size: 100 });
    const updated = await team.as.editor.category.update({ workspaceId: team.workspaceId, id: cat.id, version: 1, size: null });
    expect(updated.size).toBeNull();
  });

  it("a stale version is a CONFLICT naming who changed it, and changes nothing", async () => {
    const cat = await makeCategory(db, team.workspaceId, { name: "Original" });
    await team.as.admin.category.update({ workspaceId: team.workspaceId, id: cat.id, version: 1, name: "By admin" });
    const error = await failure(team.as.editor.category.update({ workspaceId: team.workspaceId, id: cat.id, version: 1, name: "Stale" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(team.members.admin.name);
    const row = (await db.select().from(categories).where(eq(categories.id, cat.id)))[0]!;
    expect(row).toMatchObject({ name: "By admin", version: 2 });
    expect(await auditActions(db, "category", cat.id)).toEqual(["update"]);
  });

  it("refuses bad values with field errors", async () => {
    const cat = await makeCategory(db, team.workspaceId);
    const error = await failure(team.as.editor.category.update({ workspaceId: team.workspaceId, id: cat.id, version: 1, weight: 0 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrors(error))).toEqual(["weight"]);
  });

  it("is FORBIDDEN for a viewer and NOT_FOUND for a category of another workspace", async () => {
    const cat = await makeCategory(db, team.workspaceId);
    expect((await failure(team.as.viewer.category.update({ workspaceId: team.workspaceId, id: cat.id, version: 1, name: "X" }))).code).toBe(
      "FORBIDDEN",
    );
    const other = await makeWorkspace(db);
    const foreign = await makeCategory(db, other.workspace.id, { name: "Theirs" });
    const error = await failure(team.as.admin.category.update({ workspaceId: team.workspaceId, id: foreign.id, version: 1, name: "Mine" }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await db.select().from(categories).where(eq(categories.id, foreign.id)))[0]?.name).toBe("Theirs");
  });
});

describe("category.list and get", () => {
  it("lists by name with the number of canvases; every role may read", async () => {
    const b = await makeCategory(db, team.workspaceId, { name: "beta" });
    const a = await makeCategory(db, team.workspaceId, { name: "Alpha" });
    await makeCanvas(db, team.workspaceId, { categoryId: b.id });
    await makeCanvas(db, team.workspaceId, { categoryId: b.id });
    await makeCategory(db, (await makeWorkspace(db)).workspace.id, { name: "Another tenant" });
    for (const role of ["admin", "executive", "editor", "tracker", "viewer"] as const) {
      const page = await team.as[role].category.list({ workspaceId: team.workspaceId });
      expect(page.total).toBe(2);
      expect(page.items.map((c) => [c.id, c.canvasesCount])).toEqual([
        [a.id, 0],
        [b.id, 2],
      ]);
    }
  });

  it("pages", async () => {
    for (const name of ["a", "b", "c"]) await makeCategory(db, team.workspaceId, { name });
    const page = await team.as.viewer.category.list({ workspaceId: team.workspaceId, limit: 2, offset: 1 });
    expect(page.items.map((c) => c.name)).toEqual(["b", "c"]);
    expect(page.total).toBe(3);
  });

  it("get returns the row with its warnings; another workspace's id is NOT_FOUND", async () => {
    const cat = await makeCategory(db, team.workspaceId, { name: "Millennials" });
    const got = await team.as.viewer.category.get({ workspaceId: team.workspaceId, id: cat.id });
    expect(got).toMatchObject({ id: cat.id, canvasesCount: 0 });
    expect(got.warnings).toHaveLength(1);
    const foreign = await makeCategory(db, (await makeWorkspace(db)).workspace.id);
    expect((await failure(team.as.admin.category.get({ workspaceId: team.workspaceId, id: foreign.id }))).code).toBe("NOT_FOUND");
  });

  it("a non-member cannot read the workspace at all", async () => {
    const outsider = (await makeWorkspace(db)).admin;
    expect((await failure(callerFor(db, outsider.id).category.list({ workspaceId: team.workspaceId }))).code).toBe("NOT_FOUND");
  });
});

describe("category.delete", () => {
  it("deletes an empty category at once, with an audit row", async () => {
    const cat = await makeCategory(db, team.workspaceId);
    expect(await team.as.editor.category.delete({ workspaceId: team.workspaceId, id: cat.id })).toMatchObject({
      deleted: true,
      canvases: 0,
    });
    expect(await db.select().from(categories)).toHaveLength(0);
    expect(await auditActions(db, "category", cat.id)).toEqual(["delete"]);
  });

  it("refuses to delete a category with canvases without confirm, naming what would go", async () => {
    const cat = await makeCategory(db, team.workspaceId, { name: "Time is money" });
    const c1 = await makeCanvas(db, team.workspaceId, { categoryId: cat.id });
    await makeCanvas(db, team.workspaceId, { categoryId: cat.id });
    const m = await makeMoment(db, team.workspaceId, c1.id);
    await makeMoment(db, team.workspaceId, c1.id);
    await makeMoment(db, team.workspaceId, c1.id);
    await makeMeasure(db, team.workspaceId, c1.id);
    await makeLinkedInitiative(db, team.workspaceId, [{ momentId: m.id, effect: 2 }]);
    const error = await failure(team.as.editor.category.delete({ workspaceId: team.workspaceId, id: cat.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "“Time is money” has 2 canvases, 3 moments of truth, 1 measure and 1 initiative link to those moments. Deleting it deletes them too; confirm to go ahead.",
    );
    expect(await db.select().from(canvases)).toHaveLength(2);
    expect(await auditActions(db, "category", cat.id)).toEqual([]);
  });

  it("with confirm, cascades to canvases, moments, measures, effect links and canvas comments", async () => {
    const cat = await makeCategory(db, team.workspaceId);
    const canvas = await makeCanvas(db, team.workspaceId, { categoryId: cat.id });
    const m = await makeMoment(db, team.workspaceId, canvas.id);
    await makeMeasure(db, team.workspaceId, canvas.id);
    const initiative = await makeLinkedInitiative(db, team.workspaceId, [{ momentId: m.id, effect: 2 }]);
    await makeComment(db, team.workspaceId, { entityType: "canvas", entityId: canvas.id });
    const keep = await makeComment(db, team.workspaceId, { entityType: "initiative", entityId: initiative.id });
    const result = await team.as.editor.category.delete({ workspaceId: team.workspaceId, id: cat.id, confirm: true });
    expect(result).toEqual({ deleted: true, canvases: 1, moments: 1, measures: 1, effectLinks: 1 });
    expect(await db.select().from(canvases)).toHaveLength(0);
    expect(await db.select().from(moments)).toHaveLength(0);
    expect(await db.select().from(measures)).toHaveLength(0);
    expect(await db.select().from(initiativeEffects)).toHaveLength(0);
    expect((await db.select().from(comments)).map((c) => c.id)).toEqual([keep.id]);
    const audit = await auditRows(db, "category", cat.id);
    expect(audit.map((a) => a.action)).toEqual(["delete"]);
    expect(audit[0]!.before).toMatchObject({ id: cat.id, deleted: { canvases: 1, moments: 1 } });
  });

  it("a stale version is a CONFLICT; FORBIDDEN for a tracker; NOT_FOUND across workspaces", async () => {
    const cat = await makeCategory(db, team.workspaceId, { version: 3 });
    expect((await failure(team.as.editor.category.delete({ workspaceId: team.workspaceId, id: cat.id, version: 2 }))).code).toBe(
      "CONFLICT",
    );
    expect((await failure(team.as.tracker.category.delete({ workspaceId: team.workspaceId, id: cat.id }))).code).toBe("FORBIDDEN");
    const foreign = await makeCategory(db, (await makeWorkspace(db)).workspace.id);
    expect((await failure(team.as.admin.category.delete({ workspaceId: team.workspaceId, id: foreign.id, confirm: true }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db.select().from(categories)).toHaveLength(2);
  });
});
