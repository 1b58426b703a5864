import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiativeResults, initiatives, periods } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { auditRows, failure, insertInitiative, insertPeriods } from "../helpers/initiative-factories";

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

const initiativeRow = async (id: string) => (await db.select().from(initiatives).where(eq(initiatives.id, id)))[0]!;

describe("period.create / list", () => {
  it("lists periods ordered by start date with their index, whatever the order of creation", async () => {
    await team.as.admin.period.create({ ...ws, label: "Q2 2026", startDate: "2026-04-01", capacity: 30 });
    const q1 = await team.as.admin.period.create({ ...ws, label: "Q1 2026", startDate: "2026-01-01", capacity: 20 });
    expect(q1).toMatchObject({ label: "Q1 2026", capacity: 20, version: 1 });
    const list = await team.as.viewer.period.list({ ...ws });
    expect(list.map((p) => [p.index, p.label, p.startDate, p.capacity])).toEqual([
      [0, "Q1 2026", "2026-01-01", 20],
      [1, "Q2 2026", "2026-04-01", 30],
    ]);
    expect((await auditRows(db, q1.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it.each([
    [{ startDate: "2026-02-30" }, "startDate", /not a date/],
    [{ startDate: "1/2/2026" }, "startDate", /YYYY-MM-DD/],
    [{ capacity: -1 }, "capacity", /negative/],
    [{ label: "" }, "label", /label/],
    [{ label: "l".repeat(101) }, "label", /at most 100/],
  ])("refuses %j", async (bad, field, message) => {
    const error = await failure(team.as.admin.period.create({ ...ws, label: "Q1", startDate: "2026-01-01", capacity: 1, ...bad }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors[field]?.join(" ")).toMatch(message);
  });

  it("refuses a second period starting the same day", async () => {
    await team.as.admin.period.create({ ...ws, label: "Q1", startDate: "2026-01-01" });
    const error = await failure(team.as.admin.period.create({ ...ws, label: "Also Q1", startDate: "2026-01-01" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("2026-01-01 (Q1)");
  });

  it("only admins change periods; everyone reads them", async () => {
    for (const role of ["executive", "editor", "tracker", "viewer"] as const) {
      const error = await failure(team.as[role].period.create({ ...ws, label: "Q1", startDate: "2026-01-01" }));
      expect(error.code, role).toBe("FORBIDDEN");
      expect(await team.as[role].period.list({ ...ws })).toEqual([]);
    }
  });
});

describe("period.createQuarters", () => {
  it("creates consecutive quarters labelled by calendar quarter", async () => {
    const created = await team.as.admin.period.createQuarters({ ...ws, startDate: "2026-01-01", count: 5, capacity: 40 });
    expect(created.map((p) => [p.label, p.startDate, p.capacity])).toEqual([
      ["Q1 2026", "2026-01-01", 40],
      ["Q2 2026", "2026-04-01", 40],
      ["Q3 2026", "2026-07-01", 40],
      ["Q4 2026", "2026-10-01", 40],
      ["Q1 2027", "2027-01-01", 40],
    ]);
    expect((await team.as.viewer.period.list({ ...ws })).map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("keeps the day of month, clamped to short months", async () => {
    const created = await team.as.admin.period.createQuarters({ ...ws, startDate: "2025-11-30", count: 3 });
    expect(created.map((p) => [p.label, p.startDate])).toEqual([
      ["Q4 2025", "2025-11-30"],
      ["Q1 2026", "2026-02-28"],
      ["Q2 2026", "2026-05-30"],
    ]);
  });

  it("bounds the count and refuses dates already taken, creating nothing", async () => {
    expect((await failure(team.as.admin.period.createQuarters({ ...ws, startDate: "2026-01-01", count: 41 }))).code).toBe("BAD_REQUEST");
    expect((await failure(team.as.admin.period.createQuarters({ ...ws, startDate: "2026-01-01", count: 0 }))).code).toBe("BAD_REQUEST");
    await team.as.admin.period.create({ ...ws, label: "Existing", startDate: "2026-07-01" });
    const error = await failure(team.as.admin.period.createQuarters({ ...ws, startDate: "2026-01-01", count: 4 }));
    expect(error.code).toBe("CONFLICT");
    expect(await db.select().from(periods).where(eq(periods.workspaceId, team.workspaceId))).toHaveLength(1);
  });

  it("is admin only", async () => {
    expect((await failure(team.as.editor.period.createQuarters({ ...ws, startDate: "2026-01-01", count: 2 }))).code).toBe("FORBIDDEN");
  });
});

describe("period.update", () => {
  it("updates with optimistic concurrency and audits", async () => {
    const q1 = await team.as.admin.period.create({ ...ws, label: "Q1", startDate: "2026-01-01", capacity: 10 });
    const updated = await team.as.admin.period.update({ ...ws, id: q1.id, version: 1, capacity: 25, label: "Q1 2026" });
    expect(updated).toMatchObject({ capacity: 25, label: "Q1 2026", version: 2 });
    const stale = await failure(team.as.admin.period.update({ ...ws, id: q1.id, version: 1, capacity: 99 }));
    expect(stale.code).toBe("CONFLICT");
    expect((await db.select().from(periods).where(eq(periods.id, q1.id)))[0]?.capacity).toBe(25);
    expect((await auditRows(db, q1.id)).map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("another workspace's period is NOT_FOUND", async () => {
    const [theirs] = await insertPeriods(db, other.workspaceId, ["2026-01-01"]);
    expect((await failure(team.as.admin.period.update({ ...ws, id: theirs!.id, version: 1, capacity: 1 }))).code).toBe("NOT_FOUND");
    expect((await failure(team.as.admin.period.delete({ ...ws, id: theirs!.id, version: 1 }))).code).toBe("NOT_FOUND");
  });
});

describe("period.delete", () => {
  it("refuses when realised results reference it, unless confirmed", async () => {
    const [q1] = await insertPeriods(db, team.workspaceId, ["2026-01-01"]);
    const started = await insertInitiative(db, team.workspaceId, { status: "in_progress", startPeriod: 0 });
    await db
      .insert(initiativeResults)
      .values({ workspaceId: team.workspaceId, initiativeId: started.id, periodId: q1!.id, actualCostReduction: 5 });
    const refused = await failure(team.as.admin.period.delete({ ...ws, id: q1!.id, version: 1 }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe("1 realised result is recorded for P1: confirm to delete it with the period.");
    expect(await db.select().from(periods)).toHaveLength(1);

    const deleted = await team.as.admin.period.delete({ ...ws, id: q1!.id, version: 1, confirm: true });
    expect(deleted).toEqual({ deleted: true, id: q1!.id, resultsDeleted: 1 });
    expect(await db.select().from(initiativeResults)).toEqual([]);
    expect((await auditRows(db, q1!.id)).map((a) => a.action)).toEqual(["delete"]);
  });

  it("refuses a stale version", async () => {
    const [q1] = await insertPeriods(db, team.workspaceId, ["2026-01-01"]);
    expect((await failure(team.as.admin.period.delete({ ...ws, id: q1!.id, version: 3 }))).code).toBe("CONFLICT");
  });
});

describe("initiatives keep their quarter when the period order changes", () => {
  it("dropping the first quarter moves starts and pins back by one; the start in it becomes 'before the plan'", async () => {
    const [q1] = await insertPeriods(db, team.workspaceId, ["2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"]);
    const inQ1 = await insertInitiative(db, team.workspaceId, { status: "in_progress", startPeriod: 0 });
    const inQ3 = await insertInitiative(db, team.workspaceId, { status: "in_progress", startPeriod: 2 });
    const before = await insertInitiative(db, team.workspaceId, { status: "done", startPeriod: -1 });
    const pinned = await insertInitiative(db, team.workspaceId, { status: "approved", pinnedPeriod: 3 });
    await team.as.admin.period.delete({ ...ws, id: q1!.id, version: 1 });
    expect(await initiativeRow(inQ1.id)).toMatchObject({ startPeriod: -1, version: 2 });
    expect((await initiativeRow(inQ3.id)).startPeriod).toBe(1);
    expect((await initiativeRow(before.id)).startPeriod).toBe(-2);
    expect((await initiativeRow(pinned.id)).pinnedPeriod).toBe(2);
    expect((await auditRows(db, inQ3.id)).map((a) => [a.action, a.before, a.after])).toEqual([
      ["reindex_periods", { startPeriod: 2, pinnedPeriod: null }, { startPeriod: 1, pinnedPeriod: null }],
    ]);
  });

  it("adding an earlier quarter moves them forward; moving a period re-sorts them", async () => {
    const [q2, q3] = await insertPeriods(db, team.workspaceId, ["2026-04-01", "2026-07-01"]);
    const inQ3 = await insertInitiative(db, team.workspaceId, { status: "in_progress", startPeriod: 1 });
    const pinnedQ2 = await insertInitiative(db, team.workspaceId, { status: "approved", pinnedPeriod: 0 });
    await team.as.admin.period.create({ ...ws, label: "Q1", startDate: "2026-01-01" });
    expect((await initiativeRow(inQ3.id)).startPeriod).toBe(2);
    expect((await initiativeRow(pinnedQ2.id)).pinnedPeriod).toBe(1);

    // Q2 moves after Q3: order Q1, Q3, Q2.
    await team.as.admin.period.update({ ...ws, id: q2!.id, version: 1, startDate: "2026-10-01" });
    expect((await initiativeRow(inQ3.id)).startPeriod).toBe(1);
    expect((await initiativeRow(pinnedQ2.id)).pinnedPeriod).toBe(2);
    expect(q3).toBeDefined();
  });

  it("leaves initiatives alone when only capacity changes", async () => {
    const [q1] = await insertPeriods(db, team.workspaceId, ["2026-01-01"]);
    const started = await insertInitiative(db, team.workspaceId, { status: "in_progress", startPeriod: 0 });
    await team.as.admin.period.update({ ...ws, id: q1!.id, version: 1, capacity: 99 });
    expect(await initiativeRow(started.id)).toMatchObject({ startPeriod: 0, version: 1 });
  });
});
