import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, canvases, categories, initiativeEffects, initiatives, moments, periods } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { callerFor, makeTeam, makeWorkspace } from "../helpers/factories";
import { failure, makeCanvas, makeCategory, makeLinkedInitiative, makeMoment } from "../helpers/customer-factories";
import { insertPeriods } from "../helpers/initiative-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: string;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = team.workspaceId;
});

const ticked = async () => {
  const o = await team.as.viewer.workspace.onboarding({ workspaceId: ws });
  return o.steps.filter((s) => s.done).map((s) => s.key);
};

describe("workspace.onboarding: each step ticks from the workspace's data", () => {
  it("a new workspace has no step done, is empty and shows the checklist", async () => {
    expect(await team.as.viewer.workspace.onboarding({ workspaceId: ws })).toEqual({
      steps: [
        { key: "category", done: false },
        { key: "outcome", done: false },
        { key: "moments", done: false },
        { key: "hotSpot", done: false },
        { key: "initiative", done: false },
        { key: "scored", done: false },
        { key: "plan", done: false },
      ],
      dismissed: false,
      empty: true,
    });
  });

  it("ticks the steps one by one, in the method's order, as their data appears", async () => {
    const category = await makeCategory(db, ws);
    expect(await ticked()).toEqual(["category"]);

    // A canvas without the outcome in the customer's words does not tick the outcome; a blank one neither.
    const canvas = await makeCanvas(db, ws, { categoryId: category.id, outcomeStatement: "   " });
    expect(await ticked()).toEqual(["category"]);
    await db.update(canvases).set({ outcomeStatement: "I get the car back the same day" }).where(eq(canvases.id, canvas.id));
    expect(await ticked()).toEqual(["category", "outcome"]);

    // Importance 4, performance 3: a moment, not a hot spot.
    const ordinary = await makeMoment(db, ws, canvas.id, { importance: 4, performance: 3 });
    expect(await ticked()).toEqual(["category", "outcome", "moments"]);
    // Importance 4, performance 2: the edge of a hot spot.
    const hot = await makeMoment(db, ws, canvas.id, { importance: 4, performance: 2 });
    expect(await ticked()).toEqual(["category", "outcome", "moments", "hotSpot"]);

    // Linked to an ordinary moment, or harming the hot spot, is not yet "an initiative for the hot spot".
    const a = await makeLinkedInitiative(db, ws, [
      { momentId: ordinary.id, effect: 2 },
      { momentId: hot.id, effect: -1 },
    ]);
    expect(await ticked()).toEqual(["category", "outcome", "moments", "hotSpot"]);
    await db
      .update(initiativeEffects)
      .set({ effect: 1 })
      .where(and(eq(initiativeEffects.initiativeId, a.id), eq(initiativeEffects.momentId, hot.id)));
    expect(await ticked()).toEqual(["category", "outcome", "moments", "hotSpot", "initiative"]);

    // Scored once it has a cost or revenue estimate beside its link.
    await db.update(initiatives).set({ revenueLikely: 50_000 }).where(eq(initiatives.id, a.id));
    expect(await ticked()).toEqual(["category", "outcome", "moments", "hotSpot", "initiative", "scored"]);

    // Effort 6 over 2 periods needs 3 a period: a period of capacity 2 cannot take it, one of 3 can.
    await db.update(initiatives).set({ effort: 6, durationPeriods: 2 }).where(eq(initiatives.id, a.id));
    await insertPeriods(db, ws, ["2026-01-01"], 2);
    expect(await ticked()).not.toContain("plan");
    await db.update(periods).set({ capacity: 3 }).where(eq(periods.workspaceId, ws));
    expect(await ticked()).toEqual(["category", "outcome", "moments", "hotSpot", "initiative", "scored", "plan"]);
  });

  it("closed work does not plan anything, a pinned approval does even beyond capacity", async () => {
    await insertPeriods(db, ws, ["2026-01-01"], 1);
    const i = await makeLinkedInitiative(db, ws, [], { effort: 5, status: "done", startPeriod: 0 });
    expect(await ticked()).not.toContain("plan");
    await db.update(initiatives).set({ status: "approved", startPeriod: null, pinnedPeriod: 0 }).where(eq(initiatives.id, i.id));
    expect(await ticked()).toContain("plan");
  });

  it("another workspace's data never ticks a step", async () => {
    const other = (await makeWorkspace(db)).workspace.id;
    const category = await makeCategory(db, other);
    const canvas = await makeCanvas(db, other, { categoryId: category.id, outcomeStatement: "Theirs" });
    const hot = await makeMoment(db, other, canvas.id, { importance: 5, performance: 1 });
    await makeLinkedInitiative(db, other, [{ momentId: hot.id, effect: 3 }], { costLikely: 10_000, effort: 1 });
    await insertPeriods(db, other, ["2026-01-01"], 10);
    expect(await ticked()).toEqual([]);
    expect((await team.as.viewer.workspace.onboarding({ workspaceId: ws })).empty).toBe(true);
  });

  it("is not answered to someone outside the workspace", async () => {
    const outsider = await makeWorkspace(db);
    const caller = callerFor(db, outsider.members.admin!.id);
    expect((await failure(caller.workspace.onboarding({ workspaceId: ws }))).code).toBe("NOT_FOUND");
  });
});

describe("workspace.dismissOnboarding", () => {
  it("puts the checklist away for the caller only, and brings it back", async () => {
    await team.as.viewer.workspace.dismissOnboarding({ workspaceId: ws, dismissed: true });
    expect((await team.as.viewer.workspace.onboarding({ workspaceId: ws })).dismissed).toBe(true);
    expect((await team.as.admin.workspace.onboarding({ workspaceId: ws })).dismissed).toBe(false);
    await team.as.viewer.workspace.dismissOnboarding({ workspaceId: ws, dismissed: false });
    expect((await team.as.viewer.workspace.onboarding({ workspaceId: ws })).dismissed).toBe(false);
  });

  it("refuses input that is not a yes or no, and changes nothing", async () => {
    const error = await failure(team.as.viewer.workspace.dismissOnboarding({ workspaceId: ws, dismissed: "yes" as unknown as boolean }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/hide the checklist/);
    expect((await team.as.viewer.workspace.onboarding({ workspaceId: ws })).dismissed).toBe(false);
  });
});

describe("workspace.loadExample", () => {
  it("fills an empty workspace with one category, its canvas and moments, and two linked proposals, audited", async () => {
    await team.as.admin.workspace.loadExample({ workspaceId: ws });
    const cats = await db.select().from(categories).where(eq(categories.workspaceId, ws));
    expect(cats.map((c) => c.name)).toEqual(["Time is money"]);
    const ms = await db.select().from(moments).where(eq(moments.workspaceId, ws));
    // The demo's "Time is money" canvas has four moments of truth.
    expect(ms).toHaveLength(4);
    const made = await db.select().from(initiatives).where(eq(initiatives.workspaceId, ws));
    expect(made.map((i) => [i.title, i.status]).sort()).toEqual([
      ["Express lane for booked customers", "proposed"],
      ["“Your car is ready” text with a firm time", "proposed"],
    ]);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, ws), eq(auditLog.action, "load_example")));
    expect(audit).toHaveLength(1);
    // Category, outcome, moments, a hot spot, an initiative improving it, scored; no periods yet, so not planned.
    expect(await ticked()).toEqual(["category", "outcome", "moments", "hotSpot", "initiative", "scored"]);
  });

  it("is refused when the workspace already has data, and adds nothing", async () => {
    await makeCategory(db, ws, { name: "Ours" });
    const error = await failure(team.as.admin.workspace.loadExample({ workspaceId: ws }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/only be loaded into an empty workspace/);
    expect((await db.select().from(categories).where(eq(categories.workspaceId, ws))).map((c) => c.name)).toEqual(["Ours"]);
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.workspaceId, ws), eq(auditLog.action, "load_example"))),
    ).toEqual([]);
  });

  it("is refused when only an initiative is there", async () => {
    await makeLinkedInitiative(db, ws, []);
    expect((await failure(team.as.admin.workspace.loadExample({ workspaceId: ws }))).code).toBe("CONFLICT");
  });

  it("is for admins only", async () => {
    for (const role of ["executive", "editor", "tracker", "viewer"] as const) {
      expect((await failure(team.as[role].workspace.loadExample({ workspaceId: ws }))).code).toBe("FORBIDDEN");
    }
    expect(await db.select().from(categories).where(eq(categories.workspaceId, ws))).toEqual([]);
  });
});
