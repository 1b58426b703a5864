import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { initiativeEffects, initiativeMeasures, initiativeResults } from "@/db/schema";
import { resetClock, setClock } from "@/server/domain/shared/clock";
import { downloadResponse } from "@/server/http/downloads";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { makeActual, makeMeasure } from "../helpers/customer-factories";
import { failure, insertInitiative, insertMoments, insertPeriods } from "../helpers/initiative-factories";

/**
 * Issue 20: benefits realisation and estimate calibration, hand-worked.
 * Four quarters of 2026, today 2026-11-15: Q3 (index 2) is the latest period
 * that has ended. A quarter is 0.25 year, so a likely 400,000 a year plans
 * 100,000 a quarter.
 *
 * Done: Alpha (Finance, cost 400k, finished Q1, Q2 realised 60k, Q3 not
 * recorded), Bravo (Finance, cost 200k, finished Q1, Q2 30k, Q3 20k),
 * Charlie (Finance, cost 800k, finished Q2, Q3 130k), Delta (Sales, revenue
 * 400k, finished Q1, Q2 revenue 120k). In progress: Hotel (Ops, cost 400k,
 * Q2 40k). Open and unstarted: Echo (Finance, proposed, cost 500k) and
 * Foxtrot (Sales, approved, cost 200k). Cancelled: Xray (not counted).
 *
 * Finance's cost ratio = (60 + 50 + 130) / (100 + 100 + 200) = 240 / 400 = 60 %
 * on 3 initiatives; Sales' revenue ratio = 120 / 100 = 120 % on 1 (too few).
 */
let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };
let ids: Record<string, string>;

/** Cost only, confidence 1, effort 1, default model: valueScore = 3 × likely / 100,000 (docs/scoring.md §8). */
const costOnly = (likely: number) => ({ costLow: likely, costLikely: likely, costHigh: likely, confidence: 1, effort: 1 });
const revenueOnly = (likely: number) => ({ revenueLow: likely, revenueLikely: likely, revenueHigh: likely, confidence: 1, effort: 1 });

beforeEach(async () => {
  setClock(() => "2026-11-15");
  db = await createTestDb();
  team = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
  const w = team.workspaceId;
  const [, q2, q3] = await insertPeriods(db, w, ["2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"], 100);
  const service = await insertMoments(db, w, {
    categoryName: "Service",
    moments: [{ name: "Fix first time", importance: 5, performance: 2 }],
  });
  const channel = await insertMoments(db, w, {
    categoryName: "Sales channel",
    moments: [{ name: "Buy online", importance: 4, performance: 3 }],
  });
  const done = { status: "done" as const, durationPeriods: 1 };
  const alpha = await insertInitiative(db, w, { title: "Alpha", department: "Finance", ...done, startPeriod: 0, ...costOnly(400_000) });
  const bravo = await insertInitiative(db, w, { title: "Bravo", department: "Finance", ...done, startPeriod: 0, ...costOnly(200_000) });
  const charlie = await insertInitiative(db, w, { title: "Charlie", department: "Finance", ...done, startPeriod: 1, ...costOnly(800_000) });
  const delta = await insertInitiative(db, w, { title: "Delta", department: "Sales", ...done, startPeriod: 0, ...revenueOnly(400_000) });
  const hotel = await insertInitiative(db, w, {
    title: "Hotel",
    department: "Ops",
    status: "in_progress",
    startPeriod: 1,
    durationPeriods: 3,
    ...costOnly(400_000),
  });
  const echo = await insertInitiative(db, w, { title: "Echo", department: "Finance", status: "proposed", ...costOnly(500_000) });
  const foxtrot = await insertInitiative(db, w, { title: "Foxtrot", department: "Sales", status: "approved", ...costOnly(200_000) });
  await insertInitiative(db, w, { title: "Xray", department: "Finance", status: "cancelled", ...costOnly(100_000) });
  ids = { alpha: alpha.id, echo: echo.id, foxtrot: foxtrot.id, hotel: hotel.id };

  await db.insert(initiativeEffects).values([
    { workspaceId: w, initiativeId: alpha.id, momentId: service.moments[0]!.id, effect: 2 },
    { workspaceId: w, initiativeId: delta.id, momentId: service.moments[0]!.id, effect: 1 },
    { workspaceId: w, initiativeId: delta.id, momentId: channel.moments[0]!.id, effect: 1 },
  ]);
  const result = (initiativeId: string, periodId: string, cost: number, revenue = 0) => ({
    workspaceId: w,
    initiativeId,
    periodId,
    actualCostReduction: cost,
    actualRevenueGrowth: revenue,
    note: "",
  });
  await db
    .insert(initiativeResults)
    .values([
      result(alpha.id, q2!.id, 60_000),
      result(bravo.id, q2!.id, 30_000),
      result(bravo.id, q3!.id, 20_000),
      result(charlie.id, q3!.id, 130_000),
      result(delta.id, q2!.id, 0, 120_000),
      result(hotel.id, q2!.id, 40_000),
    ]);

  // Alpha and Delta finished in Q1: the fix rate went from 70 (before Q1) to 78 (after it).
  const fixRate = await makeMeasure(db, w, service.canvas.id, { name: "First-time-fix rate", unit: "%" });
  const unread = await makeMeasure(db, w, service.canvas.id, { name: "Repeat visits" });
  await makeActual(db, w, fixRate.id, { date: "2025-12-15", value: 70 });
  await makeActual(db, w, fixRate.id, { date: "2026-06-30", value: 78 });
  await db.insert(initiativeMeasures).values([
    { workspaceId: w, initiativeId: alpha.id, measureId: fixRate.id, expectedChange: 8 }, // +8 of +8: delivered
    { workspaceId: w, initiativeId: alpha.id, measureId: unread.id, expectedChange: 10 }, // no readings: not measured
    { workspaceId: w, initiativeId: delta.id, measureId: fixRate.id, expectedChange: 20 }, // +8 of +20 = 40 %: partly
  ]);
});

afterAll(() => resetClock());

const money = (cost: number, revenue: number) => ({ cost, revenue });
const verdicts = (delivered: number, partly: number, notYet: number, notMeasured: number) => ({
  delivered,
  partly,
  not_yet: notYet,
  not_measured: notMeasured,
});

describe("benefits realisation", () => {
  it("plans likely × the period's years for every period since delivery, against what was recorded", async () => {
    const b = await team.as.viewer.scorecard.benefits(ws);
    expect(b.latestEndedPeriod).toEqual({ index: 2, label: "P3" });
    // Biggest plans first (200k each, by title), then Bravo's 100k; Echo, Foxtrot and Xray are not delivered.
    expect(b.initiatives.map((i) => i.title)).toEqual(["Alpha", "Charlie", "Delta", "Hotel", "Bravo"]);
    expect(b.initiativesTotal).toBe(5);
    const alpha = b.initiatives[0]!;
    expect(alpha.periods.map((p) => [p.label, p.planned, p.realised])).toEqual([
      ["P2", money(100_000, 0), money(60_000, 0)],
      ["P3", money(100_000, 0), null],
    ]);
    expect([alpha.planned, alpha.plannedRecorded, alpha.realised, alpha.periodsRecorded, alpha.periodsNotRecorded]).toEqual([
      money(200_000, 0),
      money(100_000, 0),
      money(60_000, 0),
      1,
      1,
    ]);
    expect(alpha.verdicts).toEqual(verdicts(1, 0, 0, 1));
    expect(alpha.categories).toEqual(["Service"]);
    // Charlie finished in Q2: only Q3 (0.25 × 800k) is since delivery.
    const charlie = b.initiatives[1]!;
    expect(charlie.periods.map((p) => [p.label, p.planned, p.realised])).toEqual([["P3", money(200_000, 0), money(130_000, 0)]]);
    // Hotel is in progress: shown from its first recorded result.
    const hotel = b.initiatives[3]!;
    expect([hotel.status, hotel.periods.map((p) => p.label), hotel.realised]).toEqual(["in_progress", ["P2", "P3"], money(40_000, 0)]);
    expect(b.initiatives[2]!.categories).toEqual(["Sales channel", "Service"]);
  });

  it("adds up per department, per category (every category an initiative improves) and in total", async () => {
    const b = await team.as.executive.scorecard.benefits(ws);
    expect(b.total).toMatchObject({
      initiatives: 5,
      planned: money(700_000, 200_000),
      plannedRecorded: money(500_000, 100_000),
      realised: money(280_000, 120_000),
      periodsRecorded: 6,
      periodsNotRecorded: 3,
      verdicts: verdicts(1, 1, 0, 1),
    });
    expect(b.departments.map((d) => [d.name, d.initiatives, d.planned, d.plannedRecorded, d.realised, d.verdicts])).toEqual([
      ["Finance", 3, money(500_000, 0), money(400_000, 0), money(240_000, 0), verdicts(1, 0, 0, 1)],
      ["Ops", 1, money(200_000, 0), money(100_000, 0), money(40_000, 0), verdicts(0, 0, 0, 0)],
      ["Sales", 1, money(0, 200_000), money(0, 100_000), money(0, 120_000), verdicts(0, 1, 0, 0)],
    ]);
    expect(b.categories.map((c) => [c.name, c.initiatives, c.planned, c.realised, c.verdicts])).toEqual([
      ["Improves no moment", 3, money(500_000, 0), money(220_000, 0), verdicts(0, 0, 0, 0)],
      ["Sales channel", 1, money(0, 200_000), money(0, 120_000), verdicts(0, 1, 0, 0)],
      ["Service", 2, money(200_000, 200_000), money(60_000, 120_000), verdicts(1, 1, 0, 1)],
    ]);
  });

  it("gives each department's realisation ratio with the number of done initiatives it rests on", async () => {
    const { calibration } = await team.as.viewer.scorecard.benefits(ws);
    expect(calibration.minimum).toBe(3);
    expect(calibration.overall.cost).toEqual({ ratio: 0.6, initiatives: 3, planned: 400_000, realised: 240_000 });
    expect(calibration.overall.revenue).toEqual({ ratio: 1.2, initiatives: 1, planned: 100_000, realised: 120_000 });
    expect(calibration.departments.map((d) => [d.department, d.realisation.cost.ratio, d.realisation.cost.initiatives])).toEqual([
      ["Finance", 0.6, 3],
      ["Sales", null, 0],
    ]);
  });

  it("is empty, not an error, when nothing is delivered", async () => {
    const other = await makeTeam(db);
    const b = await other.as.viewer.scorecard.benefits({ workspaceId: other.workspaceId });
    expect([b.initiatives, b.initiativesTotal, b.total.initiatives, b.calibration.departments]).toEqual([[], 0, 0, []]);
  });

  it("is read within the caller's workspace only", async () => {
    const other = await makeTeam(db);
    expect((await failure(other.as.admin.scorecard.benefits(ws))).code).toBe("NOT_FOUND");
    expect((await failure(other.as.admin.scorecard.departmentCalibration({ ...ws, initiativeId: ids.echo! }))).code).toBe("NOT_FOUND");
    // Its own workspace does not know this workspace's initiative either.
    const theirs = { workspaceId: other.workspaceId, initiativeId: ids.echo! };
    expect((await failure(other.as.admin.scorecard.departmentCalibration(theirs))).code).toBe("NOT_FOUND");
  });
});

describe("calibrated values on the scorecard", () => {
  it("shows each open initiative's calibrated value and rank beside the estimated one, with the factor used", async () => {
    const rows = await team.as.viewer.scorecard.rows({ ...ws, limit: 25, offset: 0 });
    expect(rows.items.map((r) => [r.title, r.rank])).toEqual([
      ["Echo", 1],
      ["Hotel", 2],
      ["Foxtrot", 3],
    ]);
    const [echo, hotel, foxtrot] = rows.items;
    // The estimate stays: 3 × 500,000 / 100,000 = 15.
    expect(echo!.valueScore).toBeCloseTo(15, 9);
    expect(echo!.costReduction.likely).toBe(500_000);
    // Finance's own 60 % (3 initiatives): 300,000 → 9.
    expect(echo!.calibrated).toMatchObject({ rank: 1, cost: { ratio: 0.6, source: "department", initiatives: 3 }, revenue: null });
    expect(echo!.calibrated!.costLikely).toBeCloseTo(300_000, 6);
    expect(echo!.calibrated!.valueScore).toBeCloseTo(9, 9);
    // Ops and Sales have no done cost estimates: the workspace's 60 % applies. 400,000 → 240,000 → 7.2; 200,000 → 120,000 → 3.6.
    expect(hotel!.calibrated).toMatchObject({ rank: 2, cost: { ratio: 0.6, source: "workspace", initiatives: 3 }, revenue: null });
    expect(hotel!.calibrated!.valueScore).toBeCloseTo(7.2, 9);
    expect(foxtrot!.calibrated).toMatchObject({ rank: 3, cost: { source: "workspace" } });
    expect(foxtrot!.calibrated!.costLikely).toBeCloseTo(120_000, 6);
    expect(foxtrot!.calibrated!.valueScore).toBeCloseTo(3.6, 9);
  });

  it("gives no calibrated value while fewer than 3 done initiatives back a ratio", async () => {
    const other = await makeTeam(db);
    const w = other.workspaceId;
    const [p1] = await insertPeriods(db, w, ["2026-01-01", "2026-04-01"], 100);
    for (const title of ["One", "Two"]) {
      const i = await insertInitiative(db, w, { title, department: "Finance", status: "done", startPeriod: 0, ...costOnly(400_000) });
      await db.insert(initiativeResults).values({ workspaceId: w, initiativeId: i.id, periodId: p1!.id, actualCostReduction: 50_000 });
    }
    const open = await insertInitiative(db, w, { title: "Open", department: "Finance", status: "proposed", ...costOnly(100_000) });
    const rows = await other.as.viewer.scorecard.rows({ workspaceId: w, limit: 25, offset: 0 });
    expect(rows.items.map((r) => [r.title, r.calibrated])).toEqual([["Open", null]]);
    // 2 × 50,000 realised of 2 × 100,000 planned: 50 %, on too few to calibrate.
    expect(await other.as.viewer.scorecard.departmentCalibration({ workspaceId: w, initiativeId: open.id })).toEqual({
      department: "Finance",
      cost: { ratio: 0.5, initiatives: 2, factor: null },
      revenue: { ratio: null, initiatives: 0, factor: null },
    });
  });

  it("tells the initiative page its department's calibration, and the workspace's factor when the department has none", async () => {
    expect(await team.as.viewer.scorecard.departmentCalibration({ ...ws, initiativeId: ids.echo! })).toEqual({
      department: "Finance",
      cost: { ratio: 0.6, initiatives: 3, factor: { ratio: 0.6, source: "department", initiatives: 3 } },
      revenue: { ratio: null, initiatives: 0, factor: null },
    });
    expect(await team.as.viewer.scorecard.departmentCalibration({ ...ws, initiativeId: ids.foxtrot! })).toEqual({
      department: "Sales",
      cost: { ratio: null, initiatives: 0, factor: { ratio: 0.6, source: "workspace", initiatives: 3 } },
      revenue: { ratio: 1.2, initiatives: 1, factor: null },
    });
  });

  it("leaves done and cancelled work without a calibrated value", async () => {
    const { closed } = await team.as.viewer.scorecard.summary(ws);
    expect(closed.items.map((c) => c.title)).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Xray"]);
    const full = await team.as.viewer.scorecard.get(ws);
    expect(Object.keys(full.calibration.calibrated).sort()).toEqual([ids.echo, ids.foxtrot, ids.hotel].sort());
  });
});

describe("the board pack", () => {
  it(
    "has a Benefits realisation section with the totals, the departments and how their estimates came true",
    { timeout: 120_000 },
    async () => {
      const url = new URL(`http://127.0.0.1/api/export/scorecard.pdf?workspace=${team.workspaceId}`);
      const res = await downloadResponse({ db, userId: team.members.executive.id, file: "scorecard.pdf", url });
      expect(res.status).toBe(200);
      const { extractText, getDocumentProxy } = await import("unpdf");
      const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
      const { text, totalPages } = await extractText(pdf, { mergePages: true });
      expect(totalPages).toBeLessThanOrEqual(3);
      // Table cells wrap onto several lines in the extracted text.
      const section = text.slice(text.indexOf("Benefits realisation")).replace(/\s+/g, " ");
      expect(section.length).toBeGreaterThan("Benefits realisation".length);
      // Finance: 3 initiatives, 500k planned, 240k realised of the 400k planned for the periods recorded (60 %), no revenue.
      expect(section).toContain("Finance 3 €500k €240k 60% €0 €0 —");
      // In total: cost 280k of the 500k recorded = 56 %; revenue 120k of 100k = 120 %.
      expect(section).toContain("Total 5 €700k €280k 56% €200k €120k 120% 1 delivered · 1 partly · 1 not measured");
      expect(section).toContain("Finance 60% (3 initiatives)");
      expect(section).toContain("120% (1 initiative, too few to calibrate)");
    },
  );
});
