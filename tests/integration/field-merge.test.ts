import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { auditRows, failure, makeCanvas, makeCategory, makeMeasure, makeMoment } from "../helpers/customer-factories";
import { insertInitiative } from "../helpers/initiative-factories";

/**
 * Issue 14, point 2: two people editing the same row from the same version.
 * Changes to different fields are merged; only the same field is a CONFLICT,
 * which names the field, both values and who made the other change.
 */
let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: string;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = team.workspaceId;
});

type ConflictField = { field: string; label: string; yours: unknown; theirs: unknown; changedBy: string; changedAt: number };
function conflictOf(error: { cause?: unknown }) {
  return (error.cause as { details?: { fields?: ConflictField[]; currentVersion?: number } }).details;
}

describe("canvas.update from the same version", () => {
  it("merges changes to different fields: both values kept, version advanced twice, two audit rows", async () => {
    const canvas = await makeCanvas(db, ws, { notes: "old notes", expectations: "old expectations" });
    await team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, notes: "Ana's notes" });
    const second = await team.as.admin.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, expectations: "Ben's expectations" });
    expect(second).toMatchObject({ notes: "Ana's notes", expectations: "Ben's expectations", version: 3 });
    const rows = await auditRows(db, "canvas", canvas.id);
    expect(rows.map((r) => [r.action, r.version, r.baseVersion, r.changes])).toEqual([
      ["update", 2, 1, ["notes"]],
      ["update", 3, 1, ["expectations"]],
    ]);
  });

  it("refuses a change to the same field with CONFLICT naming the field, both values and who", async () => {
    const canvas = await makeCanvas(db, ws, { notes: "old notes" });
    await team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, notes: "Ana's notes" });
    const error = await failure(team.as.admin.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, notes: "Ben's notes" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("Notes");
    const details = conflictOf(error);
    expect(details?.currentVersion).toBe(2);
    expect(details?.fields).toEqual([
      {
        field: "notes",
        label: "Notes",
        yours: "Ben's notes",
        theirs: "Ana's notes",
        changedBy: team.members.editor.name,
        changedAt: expect.any(Number),
      },
    ]);
    expect(await auditRows(db, "canvas", canvas.id)).toHaveLength(1);
  });

  it("is no conflict when both set the same field to the same value", async () => {
    const canvas = await makeCanvas(db, ws);
    await team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, notes: "agreed" });
    const second = await team.as.admin.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, notes: "agreed", context: "ctx" });
    expect(second).toMatchObject({ notes: "agreed", context: "ctx", version: 3 });
  });

  it("refuses only when the same field clashes, even with other fields sent alongside", async () => {
    const canvas = await makeCanvas(db, ws);
    await team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, title: "Ana's title" });
    const error = await failure(
      team.as.admin.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, title: "Ben's title", notes: "Ben's notes" }),
    );
    expect(conflictOf(error)?.fields?.map((f) => [f.field, f.label, f.yours, f.theirs])).toEqual([
      ["title", "Title", "Ben's title", "Ana's title"],
    ]);
  });
});

describe("initiative.update from the same version", () => {
  it("merges changes to different fields", async () => {
    const i = await insertInitiative(db, ws, { department: "Ops", problem: "old" });
    await team.as.editor.initiative.update({ workspaceId: ws, id: i.id, version: 1, department: "Service" });
    const second = await team.as.admin.initiative.update({ workspaceId: ws, id: i.id, version: 1, problem: "Customers chase us" });
    expect(second).toMatchObject({ department: "Service", problem: "Customers chase us", version: 3 });
    expect((await auditRows(db, "initiative", i.id)).filter((r) => r.action === "update")).toHaveLength(2);
  });

  it("merges different parts of one estimate", async () => {
    const i = await insertInitiative(db, ws, { costLow: 10, costLikely: 20, costHigh: 30 });
    await team.as.editor.initiative.update({ workspaceId: ws, id: i.id, version: 1, costReduction: { high: 90 } });
    const second = await team.as.admin.initiative.update({ workspaceId: ws, id: i.id, version: 1, costReduction: { low: 5 } });
    expect(second.costReduction).toEqual({ low: 5, likely: 20, high: 90 });
  });

  it("refuses the same field with CONFLICT naming it, both values and who", async () => {
    const i = await insertInitiative(db, ws, { department: "Ops" });
    await team.as.editor.initiative.update({ workspaceId: ws, id: i.id, version: 1, department: "Service" });
    const error = await failure(team.as.admin.initiative.update({ workspaceId: ws, id: i.id, version: 1, department: "Sales" }));
    expect(error.code).toBe("CONFLICT");
    expect(conflictOf(error)?.fields).toEqual([
      {
        field: "department",
        label: "Department",
        yours: "Sales",
        theirs: "Service",
        changedBy: team.members.editor.name,
        changedAt: expect.any(Number),
      },
    ]);
  });

  it("names an estimate part by its label", async () => {
    const i = await insertInitiative(db, ws, { costLow: 10, costLikely: 20, costHigh: 30 });
    await team.as.editor.initiative.update({ workspaceId: ws, id: i.id, version: 1, costReduction: { low: 15 } });
    const error = await failure(team.as.admin.initiative.update({ workspaceId: ws, id: i.id, version: 1, costReduction: { low: 12 } }));
    expect(conflictOf(error)?.fields?.map((f) => [f.field, f.label, f.yours, f.theirs])).toEqual([
      ["costReduction.low", "Cost reduction, low", 12, 15],
    ]);
  });

  it("merges over a change of effects (which bumps the version but changes no field)", async () => {
    const i = await insertInitiative(db, ws);
    await team.as.editor.initiative.setEffects({ workspaceId: ws, initiativeId: i.id, version: 1, effects: [] });
    const after = await team.as.admin.initiative.update({ workspaceId: ws, id: i.id, version: 1, department: "Service" });
    expect(after).toMatchObject({ department: "Service", version: 3 });
  });
});

describe("category, moment and measure updates from the same version", () => {
  it("category: merges different fields, refuses the same one", async () => {
    const cat = await makeCategory(db, ws, { description: "d" });
    await team.as.editor.category.update({ workspaceId: ws, id: cat.id, version: 1, description: "Ana's" });
    const merged = await team.as.admin.category.update({ workspaceId: ws, id: cat.id, version: 1, jobToBeDone: "Ben's job" });
    expect(merged).toMatchObject({ description: "Ana's", jobToBeDone: "Ben's job", version: 3 });
    const error = await failure(team.as.admin.category.update({ workspaceId: ws, id: cat.id, version: 1, description: "Ben's" }));
    expect(conflictOf(error)?.fields?.map((f) => [f.field, f.label, f.yours, f.theirs])).toEqual([
      ["description", "Description", "Ben's", "Ana's"],
    ]);
  });

  it("moment: merges different cells, refuses the same one", async () => {
    const canvas = await makeCanvas(db, ws);
    const m = await makeMoment(db, ws, canvas.id, { volumePerYear: 3000, costPerInteraction: 10 });
    await team.as.editor.moment.update({ workspaceId: ws, id: m.id, version: 1, volumePerYear: 4500 });
    const merged = await team.as.admin.moment.update({ workspaceId: ws, id: m.id, version: 1, costPerInteraction: 12 });
    expect(merged).toMatchObject({ volumePerYear: 4500, costPerInteraction: 12, version: 3 });
    const error = await failure(team.as.admin.moment.update({ workspaceId: ws, id: m.id, version: 1, volumePerYear: 5000 }));
    expect(conflictOf(error)?.fields?.map((f) => [f.field, f.label, f.yours, f.theirs])).toEqual([
      ["volumePerYear", "Volume per year", 5000, 4500],
    ]);
  });

  it("measure: merges different fields, refuses the same one", async () => {
    const canvas = await makeCanvas(db, ws);
    const m = await makeMeasure(db, ws, canvas.id, { unit: "%" });
    await team.as.editor.measure.update({ workspaceId: ws, id: m.id, version: 1, unit: "days" });
    const merged = await team.as.admin.measure.update({ workspaceId: ws, id: m.id, version: 1, name: "Days to fix" });
    expect(merged).toMatchObject({ unit: "days", name: "Days to fix", version: 3 });
    const error = await failure(team.as.admin.measure.update({ workspaceId: ws, id: m.id, version: 1, unit: "hours" }));
    expect(conflictOf(error)?.fields?.map((f) => [f.field, f.label, f.yours, f.theirs])).toEqual([["unit", "Unit", "hours", "days"]]);
  });
});
