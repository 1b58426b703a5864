import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiativeMeasures, initiatives } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { makeCanvas, makeMeasure } from "../helpers/customer-factories";
import { auditRows, failure, insertInitiative, insertPeriods } from "../helpers/initiative-factories";
import { normalised } from "../helpers/transfer-factories";

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

/** Quarters of 2026: Q2 runs 2026-04-01 to 2026-06-30. */
const QUARTERS = ["2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"];

async function measuresOnOneCanvas(workspaceId: string) {
  const canvas = await makeCanvas(db, workspaceId, { title: "Car back the same day" });
  const fix = await makeMeasure(db, workspaceId, canvas.id, { name: "First-time fix", unit: "%", baseline: 70 });
  const callbacks = await makeMeasure(db, workspaceId, canvas.id, { name: "Callbacks", unit: "%", baseline: 20 });
  const nps = await makeMeasure(db, workspaceId, canvas.id, { name: "NPS", unit: "points", baseline: 10 });
  const days = await makeMeasure(db, workspaceId, canvas.id, {
    name: "Days to repair",
    unit: "days",
    direction: "lower_is_better",
    baseline: 5,
  });
  const bookings = await makeMeasure(db, workspaceId, canvas.id, { name: "Online bookings", kind: "output" });
  return { canvas, fix, callbacks, nps, days, bookings };
}

async function rowOf(id: string) {
  return (await db.select().from(initiatives).where(eq(initiatives.id, id)))[0]!;
}

describe("initiative.setMeasureLinks and the verdict after delivery", () => {
  it("reads each link against the measure's values before and after the finish period: delivered, partly, not yet, not measured", async () => {
    const [, q2, q3] = await insertPeriods(db, team.workspaceId, QUARTERS);
    const m = await measuresOnOneCanvas(team.workspaceId);
    const created = await team.as.editor.initiative.create({ ...ws, title: "Diagnose before booking", durationPeriods: 1 });
    const linked = await team.as.editor.initiative.setMeasureLinks({
      ...ws,
      initiativeId: created.id,
      version: 1,
      links: [
        { measureId: m.fix.id, expectedChange: 8, byPeriodId: q3!.id },
        { measureId: m.callbacks.id, expectedChange: -8 },
        { measureId: m.nps.id, expectedChange: 10 },
        { measureId: m.days.id, expectedChange: -2 },
      ],
    });
    expect(linked.version).toBe(2);

    // Readings before Q2 (the finish period), inside it (ignored) and after it.
    const record = (measureId: string, date: string, value: number) => team.as.tracker.measure.addActual({ ...ws, measureId, date, value });
    await record(m.fix.id, "2026-03-15", 71);
    await record(m.fix.id, "2026-05-10", 90);
    await record(m.fix.id, "2026-08-15", 78.5);
    // Callbacks: no reading before, so the baseline 20 is "before"; 17 is 3 of the 8 points expected.
    await record(m.callbacks.id, "2026-09-30", 17);
    await record(m.nps.id, "2026-02-01", 12);
    await record(m.nps.id, "2026-07-20", 13);
    // Days to repair: only a reading inside the finish period, none after it.
    await record(m.days.id, "2026-06-30", 3);

    const approved = await team.as.executive.initiative.decide({ ...ws, id: created.id, version: 2, decision: "approve", reason: "Cheap" });
    const started = await team.as.tracker.initiative.updateProgress({
      ...ws,
      id: created.id,
      version: approved.version,
      status: "in_progress",
      startPeriod: 1,
    });

    const open = await team.as.viewer.initiative.get({ ...ws, id: created.id });
    expect(
      open.measureLinks.map((l) => [l.measureName, l.expectedChange, l.byPeriod?.label ?? null, l.finishPeriod?.label, l.result]),
    ).toEqual([
      ["Callbacks", -8, null, "P2", null],
      ["Days to repair", -2, null, "P2", null],
      ["First-time fix", 8, "P3", "P2", null],
      ["NPS", 10, null, "P2", null],
    ]);

    await team.as.tracker.initiative.updateProgress({ ...ws, id: created.id, version: started.version, status: "done" });
    const done = await team.as.viewer.initiative.get({ ...ws, id: created.id });
    const byName = new Map(done.measureLinks.map((l) => [l.measureName, l.result]));
    expect(byName.get("First-time fix")).toEqual({
      verdict: "delivered",
      before: { date: "2026-03-15", value: 71 },
      after: { date: "2026-08-15", value: 78.5 },
      observed: 7.5,
      achieved: 0.9375,
    });
    expect(byName.get("Callbacks")).toEqual({
      verdict: "partly",
      before: { date: null, value: 20 },
      after: { date: "2026-09-30", value: 17 },
      observed: -3,
      achieved: 0.375,
    });
    expect(byName.get("NPS")).toEqual({
      verdict: "not_yet",
      before: { date: "2026-02-01", value: 12 },
      after: { date: "2026-07-20", value: 13 },
      observed: 1,
      achieved: 0.1,
    });
    expect(byName.get("Days to repair")).toEqual({
      verdict: "not_measured",
      before: { date: null, value: 5 },
      after: null,
      observed: null,
      achieved: null,
    });
    expect(done.measureLinks.find((l) => l.measureName === "First-time fix")?.finishPeriod).toEqual({
      id: q2!.id,
      index: 1,
      label: "P2",
      startDate: "2026-04-01",
      lastDay: "2026-06-30",
    });
  });

  it("flags an output measure by its kind, and the canvas list marks the finish of done initiatives only", async () => {
    await insertPeriods(db, team.workspaceId, QUARTERS);
    const m = await measuresOnOneCanvas(team.workspaceId);
    const done = await insertInitiative(db, team.workspaceId, {
      title: "Online booking",
      status: "done",
      startPeriod: 0,
      durationPeriods: 2,
    });
    const open = await insertInitiative(db, team.workspaceId, { title: "Courtesy cars", status: "in_progress", startPeriod: 0 });
    await team.as.editor.initiative.setMeasureLinks({
      ...ws,
      initiativeId: done.id,
      links: [
        { measureId: m.bookings.id, expectedChange: 500 },
        { measureId: m.fix.id, expectedChange: 2 },
      ],
    });
    await team.as.editor.initiative.setMeasureLinks({ ...ws, initiativeId: open.id, links: [{ measureId: m.fix.id, expectedChange: 1 }] });

    const got = await team.as.viewer.initiative.get({ ...ws, id: done.id });
    expect(got.measureLinks.map((l) => [l.measureName, l.kind])).toEqual([
      ["First-time fix", "outcome"],
      ["Online bookings", "output"],
    ]);

    const list = await team.as.viewer.measure.list({ ...ws, canvasId: m.canvas.id });
    const marks = new Map(list.map((x) => [x.name, x.finishes]));
    const finish = { initiativeId: done.id, title: "Online booking", date: "2026-06-30", periodLabel: "P2" };
    expect(marks.get("First-time fix")).toEqual([finish]);
    expect(marks.get("Online bookings")).toEqual([finish]);
    expect(marks.get("NPS")).toEqual([]);
  });

  it("replaces the whole set, bumps the version and writes an audit row with before and after", async () => {
    const m = await measuresOnOneCanvas(team.workspaceId);
    const created = await insertInitiative(db, team.workspaceId);
    await team.as.editor.initiative.setMeasureLinks({
      ...ws,
      initiativeId: created.id,
      links: [{ measureId: m.fix.id, expectedChange: 8 }],
    });
    const second = await team.as.admin.initiative.setMeasureLinks({
      ...ws,
      initiativeId: created.id,
      version: 2,
      links: [{ measureId: m.nps.id, expectedChange: 5 }],
    });
    expect(second.version).toBe(3);
    expect(await db.select().from(initiativeMeasures)).toEqual([
      { workspaceId: team.workspaceId, initiativeId: created.id, measureId: m.nps.id, expectedChange: 5, byPeriodId: null },
    ]);
    const audit = (await auditRows(db, created.id)).filter((a) => a.action === "set_measure_links");
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      entityType: "initiative",
      actorId: team.members.admin.id,
      before: { measureLinks: [{ measureId: m.fix.id, expectedChange: 8, byPeriodId: null }] },
      after: { measureLinks: [{ measureId: m.nps.id, expectedChange: 5, byPeriodId: null }] },
    });
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const m = await measuresOnOneCanvas(team.workspaceId);
    const created = await insertInitiative(db, team.workspaceId);
    await team.as.editor.initiative.setMeasureLinks({
      ...ws,
      initiativeId: created.id,
      links: [{ measureId: m.fix.id, expectedChange: 8 }],
    });
    const error = await failure(team.as.editor.initiative.setMeasureLinks({ ...ws, initiativeId: created.id, version: 1, links: [] }));
    expect(error.code).toBe("CONFLICT");
    expect(await db.select().from(initiativeMeasures)).toHaveLength(1);
  });
});

describe("initiative.setMeasureLinks validation", () => {
  it.each([
    [0, /An expected change of 0 is no expectation/],
    [Number.NaN, /The expected change must be a number/],
    [Number.POSITIVE_INFINITY, /The expected change must be a number/],
    [3e12, /at most 2,000,000,000,000/],
  ])("refuses an expected change of %s in plain words and changes nothing", async (expectedChange, message) => {
    const m = await measuresOnOneCanvas(team.workspaceId);
    const created = await insertInitiative(db, team.workspaceId);
    const error = await failure(
      team.as.editor.initiative.setMeasureLinks({ ...ws, initiativeId: created.id, links: [{ measureId: m.fix.id, expectedChange }] }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.values(error.fieldErrors).flat().join(" ")).toMatch(message);
    expect(await db.select().from(initiativeMeasures)).toEqual([]);
    expect((await rowOf(created.id)).version).toBe(1);
  });

  it("refuses the same measure twice", async () => {
    const m = await measuresOnOneCanvas(team.workspaceId);
    const created = await insertInitiative(db, team.workspaceId);
    const error = await failure(
      team.as.editor.initiative.setMeasureLinks({
        ...ws,
        initiativeId: created.id,
        links: [
          { measureId: m.fix.id, expectedChange: 8 },
          { measureId: m.fix.id, expectedChange: 4 },
        ],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual({ "links.1.measureId": ["One link per measure: this measure is listed twice"] });
  });

  it("refuses more than 20 links", async () => {
    const created = await insertInitiative(db, team.workspaceId);
    const links = Array.from({ length: 21 }, (_, i) => ({ measureId: `measure-${i}`, expectedChange: 1 }));
    const error = await failure(team.as.editor.initiative.setMeasureLinks({ ...ws, initiativeId: created.id, links }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.values(error.fieldErrors).flat()).toEqual(["At most 20 measures per initiative: link the few it should move most"]);
  });

  it("a measure of another workspace is NOT_FOUND and the links stay as they were", async () => {
    const mine = await measuresOnOneCanvas(team.workspaceId);
    const theirs = await measuresOnOneCanvas(other.workspaceId);
    const created = await insertInitiative(db, team.workspaceId);
    await team.as.editor.initiative.setMeasureLinks({
      ...ws,
      initiativeId: created.id,
      links: [{ measureId: mine.fix.id, expectedChange: 8 }],
    });
    const error = await failure(
      team.as.editor.initiative.setMeasureLinks({
        ...ws,
        initiativeId: created.id,
        links: [
          { measureId: mine.nps.id, expectedChange: 3 },
          { measureId: theirs.fix.id, expectedChange: 8 },
        ],
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("Measure not found");
    expect(await db.select().from(initiativeMeasures)).toEqual([
      { workspaceId: team.workspaceId, initiativeId: created.id, measureId: mine.fix.id, expectedChange: 8, byPeriodId: null },
    ]);
    expect((await rowOf(created.id)).version).toBe(2);
  });

  it("a 'by' period of another workspace is NOT_FOUND", async () => {
    const m = await measuresOnOneCanvas(team.workspaceId);
    const [theirs] = await insertPeriods(db, other.workspaceId, QUARTERS);
    const created = await insertInitiative(db, team.workspaceId);
    const error = await failure(
      team.as.editor.initiative.setMeasureLinks({
        ...ws,
        initiativeId: created.id,
        links: [{ measureId: m.fix.id, expectedChange: 8, byPeriodId: theirs!.id }],
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("Period not found");
    expect(await db.select().from(initiativeMeasures)).toEqual([]);
  });

  it("another workspace's initiative is NOT_FOUND", async () => {
    const m = await measuresOnOneCanvas(team.workspaceId);
    const theirs = await insertInitiative(db, other.workspaceId);
    const error = await failure(
      team.as.editor.initiative.setMeasureLinks({ ...ws, initiativeId: theirs.id, links: [{ measureId: m.fix.id, expectedChange: 8 }] }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it.each(["viewer", "tracker", "executive"] as const)("a %s cannot link a measure", async (role) => {
    const m = await measuresOnOneCanvas(team.workspaceId);
    const created = await insertInitiative(db, team.workspaceId);
    const error = await failure(
      team.as[role].initiative.setMeasureLinks({ ...ws, initiativeId: created.id, links: [{ measureId: m.fix.id, expectedChange: 8 }] }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.select().from(initiativeMeasures)).toEqual([]);
    expect((await auditRows(db, created.id)).filter((a) => a.action === "set_measure_links")).toEqual([]);
  });
});

describe("measure links in the workspace file", () => {
  async function linkedWorkspace() {
    const [, , q3] = await insertPeriods(db, team.workspaceId, QUARTERS);
    const m = await measuresOnOneCanvas(team.workspaceId);
    const created = await insertInitiative(db, team.workspaceId, { title: "Diagnose before booking" });
    await team.as.editor.initiative.setMeasureLinks({
      ...ws,
      initiativeId: created.id,
      links: [
        { measureId: m.fix.id, expectedChange: 8, byPeriodId: q3!.id },
        { measureId: m.days.id, expectedChange: -1.5 },
      ],
    });
    return await team.as.admin.transfer.exportWorkspace(ws);
  }

  it("carries each initiative's links by ref, and an import reads them back the same", async () => {
    const original = await linkedWorkspace();
    const measureRef = (name: string) => original.workspace.measures.find((x) => x.name === name)!.ref;
    const periodRef = original.workspace.periods.find((p) => p.label === "P3")!.ref;
    expect(original.workspace.initiatives[0]!.measureLinks).toEqual(
      [
        { measureRef: measureRef("First-time fix"), expectedChange: 8, byPeriodRef: periodRef },
        { measureRef: measureRef("Days to repair"), expectedChange: -1.5, byPeriodRef: null },
      ].sort((a, b) => (a.measureRef < b.measureRef ? -1 : 1)),
    );

    const imported = await team.as.admin.transfer.importWorkspace({ file: JSON.stringify(original) });
    const copy = await team.as.admin.transfer.exportWorkspace({ workspaceId: imported.workspace.id });
    // The team's other members are not added to an import, so compare what the links rest on.
    const { initiatives: copied, measures: copiedMeasures, periods: copiedPeriods } = normalised(copy).workspace;
    expect({ copied, copiedMeasures, copiedPeriods }).toEqual({
      copied: original.workspace.initiatives,
      copiedMeasures: original.workspace.measures,
      copiedPeriods: original.workspace.periods,
    });
    const [initiative] = await db.select().from(initiatives).where(eq(initiatives.workspaceId, imported.workspace.id));
    const got = await team.as.admin.initiative.get({ workspaceId: imported.workspace.id, id: initiative!.id });
    expect(got.measureLinks.map((l) => [l.measureName, l.expectedChange, l.byPeriod?.label ?? null])).toEqual([
      ["Days to repair", -1.5, null],
      ["First-time fix", 8, "P3"],
    ]);
  });

  it("imports an older file without measure links", async () => {
    const original = await linkedWorkspace();
    const older = {
      ...original,
      workspace: { ...original.workspace, initiatives: original.workspace.initiatives.map(({ measureLinks: _gone, ...i }) => i) },
    };
    const imported = await team.as.admin.transfer.importWorkspace({ file: JSON.stringify(older) });
    expect(imported.counts.initiatives).toBe(1);
    expect(await db.select().from(initiativeMeasures).where(eq(initiativeMeasures.workspaceId, imported.workspace.id))).toEqual([]);
  });

  it("refuses a link to a measure or period the file does not hold, or a measure listed twice", async () => {
    const original = await linkedWorkspace();
    const [first] = original.workspace.initiatives;
    const broken = {
      ...original,
      workspace: {
        ...original.workspace,
        initiatives: [
          {
            ...first!,
            measureLinks: [
              { measureRef: "measure-99", expectedChange: 1, byPeriodRef: null },
              { measureRef: first!.measureLinks[0]!.measureRef, expectedChange: 1, byPeriodRef: "period-99" },
              { measureRef: first!.measureLinks[0]!.measureRef, expectedChange: 2, byPeriodRef: null },
            ],
          },
        ],
      },
    };
    const error = await failure(team.as.admin.transfer.importWorkspace({ file: JSON.stringify(broken) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual({
      "workspace.initiatives.0.measureLinks.0.measureRef": ["No measure with ref “measure-99” in the file"],
      "workspace.initiatives.0.measureLinks.1.byPeriodRef": ["No period with ref “period-99” in the file"],
      "workspace.initiatives.0.measureLinks.2.measureRef": ["One link per measure: this measure is listed twice"],
    });
  });
});
