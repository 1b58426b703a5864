import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { measureActuals, measures } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam, makeWorkspace } from "../helpers/factories";
import { auditActions, auditRows, failure, fieldErrors, makeActual, makeCanvas, makeMeasure } from "../helpers/customer-factories";

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

async function progressAfter(
  measure: { baseline: number | null; target: number | null; direction?: "higher_is_better" | "lower_is_better" },
  value: number | null,
) {
  const m = await makeMeasure(db, ws, canvasId, measure);
  if (value !== null) await makeActual(db, ws, m.id, { date: "2026-02-01", value });
  return (await team.as.viewer.measure.get({ workspaceId: ws, id: m.id })).progress;
}

describe("measure.create", () => {
  it("creates an outcome measure with defaults, audited", async () => {
    const m = await team.as.editor.measure.create({
      workspaceId: ws,
      canvasId,
      name: "Cars back by the promised time",
      unit: "%",
      baseline: 72,
      target: 95,
    });
    expect(m).toMatchObject({
      kind: "outcome",
      direction: "higher_is_better",
      unit: "%",
      baseline: 72,
      target: 95,
      latest: null,
      series: [],
      progress: null,
      isOutputMeasure: false,
      outputWarning: null,
      version: 1,
    });
    expect(await auditActions(db, "measure", m.id)).toEqual(["create"]);
  });

  it("flags an output measure", async () => {
    const m = await team.as.editor.measure.create({ workspaceId: ws, canvasId, name: "Calls handled per hour", kind: "output" });
    expect(m).toMatchObject({
      isOutputMeasure: true,
      outputWarning: "measures activity, not the customer's outcome",
      baseline: null,
      target: null,
    });
  });

  it.each<[Record<string, unknown>, string, RegExp]>([
    [{ name: "" }, "name", /name/],
    [{ name: "m", kind: "vanity" }, "kind", /outcome, output/],
    [{ name: "m", direction: "sideways" }, "direction", /higher_is_better/],
    [{ name: "m", baseline: 2e12 }, "baseline", /At most/],
    [{ name: "m", target: Number.NaN }, "target", /./],
    [{ name: "m", unit: "u".repeat(51) }, "unit", /50/],
    [{ name: "m", baseline: 10, target: 5 }, "target", /Higher is better, so the target should be above the baseline/],
    [{ name: "m", baseline: 5, target: 10, direction: "lower_is_better" }, "target", /Lower is better/],
  ])("refuses bad input with a field error (%#)", async (input, field, message) => {
    const error = await failure(team.as.editor.measure.create({ workspaceId: ws, canvasId, ...(input as { name: string }) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)[field]?.join(" ")).toMatch(message);
    expect(await db.select().from(measures)).toHaveLength(0);
  });

  it("FORBIDDEN for tracker, executive, viewer; NOT_FOUND for another workspace's canvas", async () => {
    for (const role of ["tracker", "executive", "viewer"] as const) {
      expect((await failure(team.as[role].measure.create({ workspaceId: ws, canvasId, name: "m" }))).code).toBe("FORBIDDEN");
    }
    const foreign = await makeCanvas(db, (await makeWorkspace(db)).workspace.id);
    expect((await failure(team.as.admin.measure.create({ workspaceId: ws, canvasId: foreign.id, name: "m" }))).code).toBe("NOT_FOUND");
  });
});

describe("progress toward target", () => {
  it.each([
    // (latest − baseline) / (target − baseline) × 100
    ["higher is better, part way", { baseline: 60, target: 80 }, 75, 75],
    ["higher is better, wrong way", { baseline: 60, target: 80 }, 50, -50],
    ["higher is better, past target (clamped)", { baseline: 60, target: 80 }, 100, 100],
    ["higher is better, far wrong way (clamped)", { baseline: 60, target: 80 }, 0, -100],
    ["at baseline", { baseline: 60, target: 80 }, 60, 0],
    ["lower is better, part way", { baseline: 40, target: 20, direction: "lower_is_better" as const }, 30, 50],
    ["lower is better, wrong way", { baseline: 40, target: 20, direction: "lower_is_better" as const }, 50, -50],
    ["lower is better, beyond target (clamped)", { baseline: 40, target: 20, direction: "lower_is_better" as const }, 10, 100],
    ["no actual yet", { baseline: 60, target: 80 }, null, null],
    ["no target", { baseline: 60, target: null }, 70, null],
    ["no baseline", { baseline: null, target: 80 }, 70, null],
    ["target equals baseline", { baseline: 60, target: 60 }, 70, null],
  ])("%s", async (_label, measure, latest, expected) => {
    expect(await progressAfter(measure, latest)).toBe(expected);
  });

  it("uses the latest actual by date, not by entry order; the series is oldest first and bounded", async () => {
    const m = await makeMeasure(db, ws, canvasId, { baseline: 0, target: 200 });
    await team.as.tracker.measure.addActual({ workspaceId: ws, measureId: m.id, date: "2026-03-01", value: 150 });
    const { measure } = await team.as.tracker.measure.addActual({ workspaceId: ws, measureId: m.id, date: "2026-01-01", value: 50 });
    expect(measure.latest).toMatchObject({ date: "2026-03-01", value: 150 });
    expect(measure.progress).toBe(75);
    expect(measure.series.map((s) => s.date)).toEqual(["2026-01-01", "2026-03-01"]);
    for (let day = 1; day <= 30; day++) {
      await makeActual(db, ws, m.id, { date: `2030-01-${String(day).padStart(2, "0")}`, value: day });
    }
    const [listed] = await team.as.viewer.measure.list({ workspaceId: ws, canvasId });
    expect(listed!.series).toHaveLength(24);
    expect(listed!.latest).toMatchObject({ date: "2030-01-30", value: 30 });
    expect(listed!.series.at(-1)!.date).toBe("2030-01-30");
    expect(listed!.series[0]!.date).toBe("2030-01-07");
  });
});

describe("measure.update and delete", () => {
  it("updates with the version read; audits; checks the direction against the merged values", async () => {
    const m = await makeMeasure(db, ws, canvasId, { baseline: 10, target: 20 });
    const updated = await team.as.editor.measure.update({ workspaceId: ws, id: m.id, version: 1, direction: "lower_is_better", target: 5 });
    expect(updated).toMatchObject({ direction: "lower_is_better", target: 5, baseline: 10, version: 2 });
    const bad = await failure(team.as.editor.measure.update({ workspaceId: ws, id: m.id, version: 2, target: 30 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrors(bad))).toEqual(["target"]);
    expect((await auditRows(db, "measure", m.id)).map((a) => a.action)).toEqual(["update"]);
  });

  it("a stale version is a CONFLICT and changes nothing", async () => {
    const m = await makeMeasure(db, ws, canvasId, { name: "Original" });
    await team.as.editor.measure.update({ workspaceId: ws, id: m.id, version: 1, name: "One" });
    expect((await failure(team.as.editor.measure.update({ workspaceId: ws, id: m.id, version: 1, name: "Two" }))).code).toBe("CONFLICT");
    expect((await db.select().from(measures).where(eq(measures.id, m.id)))[0]).toMatchObject({ name: "One", version: 2 });
  });

  it("delete removes its actuals too, audited; FORBIDDEN for tracker; NOT_FOUND across workspaces", async () => {
    const m = await makeMeasure(db, ws, canvasId);
    await makeActual(db, ws, m.id, { date: "2026-01-01", value: 1 });
    expect((await failure(team.as.tracker.measure.delete({ workspaceId: ws, id: m.id }))).code).toBe("FORBIDDEN");
    expect(await team.as.editor.measure.delete({ workspaceId: ws, id: m.id })).toEqual({ deleted: true, actuals: 1 });
    expect(await db.select().from(measureActuals)).toHaveLength(0);
    expect(await auditActions(db, "measure", m.id)).toEqual(["delete"]);
    const other = (await makeWorkspace(db)).workspace.id;
    const foreign = await makeMeasure(db, other, (await makeCanvas(db, other)).id);
    // One call at a time: a call started before the previous one is awaited would reject unobserved.
    for (const call of [
      () => team.as.admin.measure.delete({ workspaceId: ws, id: foreign.id }),
      () => team.as.admin.measure.update({ workspaceId: ws, id: foreign.id, version: 1, name: "x" }),
      () => team.as.admin.measure.get({ workspaceId: ws, id: foreign.id }),
      () => team.as.admin.measure.list({ workspaceId: ws, canvasId: foreign.canvasId }),
    ]) {
      expect((await failure(call())).code).toBe("NOT_FOUND");
    }
  });
});

describe("measure actuals", () => {
  it("trackers, editors and admins record values; executives and viewers may not", async () => {
    const m = await makeMeasure(db, ws, canvasId);
    for (const role of ["tracker", "editor", "admin"] as const) {
      const { actual } = await team.as[role].measure.addActual({
        workspaceId: ws,
        measureId: m.id,
        date: "2026-01-15",
        value: 3,
        note: role,
      });
      expect(actual).toMatchObject({ measureId: m.id, date: "2026-01-15", value: 3, note: role, createdBy: team.members[role].id });
    }
    for (const role of ["executive", "viewer"] as const) {
      expect(
        (await failure(team.as[role].measure.addActual({ workspaceId: ws, measureId: m.id, date: "2026-01-15", value: 3 }))).code,
      ).toBe("FORBIDDEN");
    }
    expect(await db.select().from(measureActuals)).toHaveLength(3);
    expect(await auditActions(db, "measure", m.id)).toEqual(["add_actual", "add_actual", "add_actual"]);
  });

  it.each([
    ["2026-02-30", /valid calendar date/],
    ["2026-13-01", /valid calendar date/],
    ["2026-1-5", /YYYY-MM-DD/],
    ["yesterday", /YYYY-MM-DD/],
    ["1800-01-01", /between 1900 and 2200/],
  ])("refuses the date %s", async (date, message) => {
    const m = await makeMeasure(db, ws, canvasId);
    const error = await failure(team.as.tracker.measure.addActual({ workspaceId: ws, measureId: m.id, date, value: 1 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error).date?.join(" ")).toMatch(message);
  });

  it("accepts 29 February in a leap year", async () => {
    const m = await makeMeasure(db, ws, canvasId);
    await team.as.tracker.measure.addActual({ workspaceId: ws, measureId: m.id, date: "2024-02-29", value: 1 });
    expect(
      (await failure(team.as.tracker.measure.addActual({ workspaceId: ws, measureId: m.id, date: "2023-02-29", value: 1 }))).code,
    ).toBe("BAD_REQUEST");
  });

  it("listActuals pages newest first with the author's name", async () => {
    const m = await makeMeasure(db, ws, canvasId);
    for (const [date, value] of [
      ["2026-01-01", 1],
      ["2026-03-01", 3],
      ["2026-02-01", 2],
    ] as const) {
      await team.as.tracker.measure.addActual({ workspaceId: ws, measureId: m.id, date, value });
    }
    const page = await team.as.viewer.measure.listActuals({ workspaceId: ws, measureId: m.id, limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((a) => [a.date, a.value, a.createdByName])).toEqual([
      ["2026-03-01", 3, team.members.tracker.name],
      ["2026-02-01", 2, team.members.tracker.name],
    ]);
    const rest = await team.as.viewer.measure.listActuals({ workspaceId: ws, measureId: m.id, limit: 2, offset: 2 });
    expect(rest.items.map((a) => a.date)).toEqual(["2026-01-01"]);
  });

  it("deleteActual removes a mistyped value; NOT_FOUND across workspaces", async () => {
    const m = await makeMeasure(db, ws, canvasId);
    const { actual } = await team.as.tracker.measure.addActual({ workspaceId: ws, measureId: m.id, date: "2026-01-01", value: 999 });
    expect((await failure(team.as.viewer.measure.deleteActual({ workspaceId: ws, id: actual.id }))).code).toBe("FORBIDDEN");
    await team.as.tracker.measure.deleteActual({ workspaceId: ws, id: actual.id });
    expect(await db.select().from(measureActuals)).toHaveLength(0);
    expect(await auditActions(db, "measure", m.id)).toEqual(["add_actual", "delete_actual"]);
    const other = (await makeWorkspace(db)).workspace.id;
    const foreign = await makeMeasure(db, other, (await makeCanvas(db, other)).id);
    const foreignActual = await makeActual(db, other, foreign.id, { date: "2026-01-01", value: 1 });
    expect((await failure(team.as.admin.measure.deleteActual({ workspaceId: ws, id: foreignActual.id }))).code).toBe("NOT_FOUND");
    expect(
      (await failure(team.as.admin.measure.addActual({ workspaceId: ws, measureId: foreign.id, date: "2026-01-01", value: 1 }))).code,
    ).toBe("NOT_FOUND");
    expect((await failure(team.as.admin.measure.listActuals({ workspaceId: ws, measureId: foreign.id }))).code).toBe("NOT_FOUND");
    expect(await db.select().from(measureActuals).where(eq(measureActuals.measureId, foreign.id))).toHaveLength(1);
  });
});
