import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { canvases, initiatives, measureActuals } from "@/db/schema";
import { addActual } from "@/server/domain/measure/commands";
import { updateInitiativeInput } from "@/server/domain/initiative/schemas";
import { zodMessage } from "@/server/trpc/errors";
import { labelsForPath } from "@/server/trpc/field-labels";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { failure, fieldErrors, makeCanvas, makeMeasure } from "../helpers/customer-factories";
import { insertInitiative } from "../helpers/initiative-factories";

/** Issue 14, point 4: over-long text is refused with the limit and the length typed; no actual from the future. */
let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: string;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = team.workspaceId;
});

describe("text over its limit", () => {
  it("refuses a 250-character initiative title, saying the limit and the length", async () => {
    const error = await failure(team.as.editor.initiative.create({ workspaceId: ws, title: "t".repeat(250) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error).title).toEqual(["Title: at most 200 characters (you have 250)"]);
    expect(await db.select().from(initiatives)).toHaveLength(0);
  });

  it("refuses a 10,001-character problem and keeps the saved one", async () => {
    const i = await insertInitiative(db, ws, { problem: "short" });
    const error = await failure(team.as.editor.initiative.update({ workspaceId: ws, id: i.id, version: 1, problem: "p".repeat(10_001) }));
    expect(fieldErrors(error).problem).toEqual(["Problem: at most 10,000 characters (you have 10,001)"]);
    expect((await db.select().from(initiatives).where(eq(initiatives.id, i.id)))[0]?.problem).toBe("short");
  });

  it("names the canvas section that is too long", async () => {
    const canvas = await makeCanvas(db, ws);
    const error = await failure(
      team.as.editor.canvas.update({ workspaceId: ws, id: canvas.id, version: 1, painPoints: "x".repeat(10_050) }),
    );
    expect(fieldErrors(error).painPoints).toEqual(["Pain points: at most 10,000 characters (you have 10,050)"]);
    expect((await db.select().from(canvases).where(eq(canvases.id, canvas.id)))[0]?.painPoints).toBe("");
  });

  it("names a moment's stage that is too long", async () => {
    const canvas = await makeCanvas(db, ws);
    const error = await failure(
      team.as.editor.moment.create({
        workspaceId: ws,
        canvasId: canvas.id,
        name: "Pick-up",
        stage: "s".repeat(201),
        importance: 3,
        performance: 3,
      }),
    );
    expect(fieldErrors(error).stage).toEqual(["Stage: at most 200 characters (you have 201)"]);
  });
});

describe("the one-line message of a refused update", () => {
  it("names fields by their label, never by their key", () => {
    const parsed = updateInitiativeInput.safeParse({ id: "i", version: 1, costReduction: { low: "x" }, durationPeriods: 1.5 });
    expect(parsed.success).toBe(false);
    expect(zodMessage(parsed.error!, labelsForPath("initiative.update"))).toBe("Cost reduction, low must be a number (and 1 more)");
    const duration = updateInitiativeInput.safeParse({ id: "i", version: 1, durationPeriods: 1.5 });
    expect(zodMessage(duration.error!, labelsForPath("initiative.update"))).toBe("Duration is a whole number of periods");
  });
});

describe("measure actuals dated in the future", () => {
  it("refuses a date after today through the API, storing nothing", async () => {
    const m = await makeMeasure(db, ws, (await makeCanvas(db, ws)).id);
    const error = await failure(team.as.tracker.measure.addActual({ workspaceId: ws, measureId: m.id, date: "2199-12-31", value: 1 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^Date: 2199-12-31 is in the future/);
    expect(fieldErrors(error).date?.[0]).toMatch(/in the future/);
    expect(await db.select().from(measureActuals)).toHaveLength(0);
  });

  it("takes today and refuses the day after today everywhere, with the clock set", async () => {
    const m = await makeMeasure(db, ws, (await makeCanvas(db, ws)).id);
    const ctx = { db, workspaceId: ws, userId: team.members.tracker.id, role: "tracker" as const };
    // 10 March 2026, 12:00 UTC: it is already 11 March in UTC+14, nowhere yet 12 March.
    const now = () => Date.UTC(2026, 2, 10, 12, 0, 0);
    expect((await addActual(ctx, { measureId: m.id, date: "2026-03-10", value: 1, note: "" }, now)).actual.date).toBe("2026-03-10");
    expect((await addActual(ctx, { measureId: m.id, date: "2026-03-11", value: 2, note: "" }, now)).actual.date).toBe("2026-03-11");
    await expect(async () => await addActual(ctx, { measureId: m.id, date: "2026-03-12", value: 3, note: "" }, now)).rejects.toThrow(
      /2026-03-12 is in the future/,
    );
    expect(await db.select().from(measureActuals)).toHaveLength(2);
  });
});
