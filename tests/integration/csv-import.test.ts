import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, initiativeDependencies, initiativeEffects, initiatives, moments } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { databaseDigest } from "../helpers/digest";
import { makeTeam } from "../helpers/factories";
import { failure, insertInitiative, insertMoments } from "../helpers/initiative-factories";

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

const lines = (...rows: string[]) => rows.join("\n") + "\n";

async function initiativeRows(workspaceId = team.workspaceId) {
  return await db.select().from(initiatives).where(eq(initiatives.workspaceId, workspaceId));
}

async function byTitle(title: string) {
  return (
    await db
      .select()
      .from(initiatives)
      .where(and(eq(initiatives.workspaceId, team.workspaceId), eq(initiatives.title, title)))
  )[0]!;
}

describe("templates", () => {
  it("gives a header row and one example row per kind, UTF-8 with a BOM", async () => {
    const t = await team.as.viewer.transfer.template({ ...ws, kind: "initiatives" });
    expect(t.filename).toBe("initiatives-template.csv");
    expect(t.content.startsWith("\uFEFFtitle,problem,department,owner_email,status,cost_low,cost_likely,cost_high,")).toBe(true);
    const rows = t.content.slice(1).trim().split("\r\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^Online booking with a fixed return time,/);

    const m = await team.as.viewer.transfer.template({ ...ws, kind: "moments" });
    expect(m.content.slice(1).split("\r\n")[0]).toBe(
      "canvas,name,stage,journey_type,channel,importance,performance,volume_per_year,cost_per_interaction",
    );
  });

  it("a filled-in template imports as it is", async () => {
    const t = await team.as.admin.transfer.template({ ...ws, kind: "initiatives" });
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv: t.content });
    expect(result).toMatchObject({ ok: true, created: 1 });
    const row = await byTitle("Online booking with a fixed return time");
    expect([row.costLow, row.costLikely, row.costHigh, row.revenueLikely, row.investment, row.effort, row.confidence]).toEqual([
      20_000, 40_000, 60_000, 25_000, 30_000, 6, 0.8,
    ]);
  });
});

describe("preview", () => {
  it("detects the columns, shows the first rows and suggests a mapping when names differ", async () => {
    const csv = lines(
      "Initiative Name;DEPT;Cost Saving;Revenue_Growth;Depends On;Notes",
      "A;Digital;100;5;;x",
      "B;Service;200;6;A;y",
      "C;Service;300;7;;z",
      "D;Service;400;8;;z",
      "E;Service;500;9;;z",
      "F;Service;600;10;;z",
    );
    const p = await team.as.admin.transfer.previewCsv({ ...ws, kind: "initiatives", csv });
    expect(p.delimiter).toBe(";");
    expect(p.columns.map((c) => c.name)).toEqual(["Initiative Name", "DEPT", "Cost Saving", "Revenue_Growth", "Depends On", "Notes"]);
    expect(p.totalRows).toBe(6);
    expect(p.rows).toHaveLength(5);
    expect(p.rows[0]).toEqual({ line: 2, cells: ["A", "Digital", "100", "5", "", "x"] });
    expect(p.suggestedMapping).toMatchObject({ title: 0, department: 1, cost_likely: 2, revenue_likely: 3, depends_on: 4, problem: null });
    expect(p.fields.find((f) => f.key === "title")).toMatchObject({ required: true });
  });

  it("is for admins only (data.import)", async () => {
    for (const role of ["executive", "editor", "tracker", "viewer"] as const) {
      const e = await failure(team.as[role].transfer.previewCsv({ ...ws, kind: "initiatives", csv: "title\nA\n" }));
      expect(e.code).toBe("FORBIDDEN");
    }
  });
});

describe("import of initiatives", () => {
  it("creates every row with effects by moment name and dependencies by title (existing and earlier in the file), one audit row each", async () => {
    const {
      moments: [booking, handover],
    } = await insertMoments(db, team.workspaceId, {
      categoryName: "Time is money",
      moments: [
        { name: "Booking online", importance: 5, performance: 2 },
        { name: "Car handover", importance: 4, performance: 3 },
      ],
    });
    const platform = await insertInitiative(db, team.workspaceId, { title: "Booking platform" });
    const csv = lines(
      "title,department,cost_likely,revenue_likely,effort,confidence,effects,depends_on,owner_email",
      `Fixed return time,Service,"40000",10000,4,80%,Booking online:+2; Car handover:-1,Booking platform,${team.members.tracker.email.toUpperCase()}`,
      "Text when ready,Digital,5000,,2,high,car handover:+1,Fixed return time; booking platform,",
    );
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv });
    expect(result).toEqual({ ok: true, kind: "initiatives", created: 2, errors: [], omittedErrors: 0 });

    const fixed = await byTitle("Fixed return time");
    expect(fixed).toMatchObject({
      department: "Service",
      costLow: 40_000,
      costLikely: 40_000,
      costHigh: 40_000,
      revenueLikely: 10_000,
      effort: 4,
      confidence: 0.8,
      status: "proposed",
      ownerId: team.members.tracker.id,
      createdBy: team.members.admin.id,
    });
    const text = await byTitle("Text when ready");
    expect(text).toMatchObject({ costLikely: 5_000, revenueLikely: 0, confidence: 1, ownerId: null });

    const effects = await db.select().from(initiativeEffects).where(eq(initiativeEffects.initiativeId, fixed.id));
    expect(effects.map((e) => [e.momentId, e.effect]).sort()).toEqual(
      [
        [booking!.id, 2],
        [handover!.id, -1],
      ].sort(),
    );
    const deps = await db.select().from(initiativeDependencies).where(eq(initiativeDependencies.initiativeId, text.id));
    expect(deps.map((d) => d.dependsOnId).sort()).toEqual([fixed.id, platform.id].sort());

    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, team.workspaceId), eq(auditLog.entityType, "initiative")));
    expect(audit.map((a) => [a.entityId, a.action]).sort()).toEqual(
      [
        [fixed.id, "create"],
        [text.id, "create"],
      ].sort(),
    );
    expect(audit.find((a) => a.entityId === text.id)!.after).toMatchObject({
      title: "Text when ready",
      dependsOn: expect.arrayContaining([fixed.id, platform.id]) as string[],
    });
  });

  it("imports nothing when any row is bad, and names every bad row's line, column and reason", async () => {
    await insertMoments(db, team.workspaceId, { moments: [{ name: "Booking online", importance: 5, performance: 2 }] });
    const csv = lines(
      "Title,Cost likely,Effort,Status,Effects,Depends on",
      "Good one,100,2,,Booking online:+1,",
      '"A title over',
      'two lines",abc,0,,,',
      "Another good one,5,1,,,",
      ",5,1,done,Unknown moment:+2; Booking online:+7,Nowhere",
      "Good one again,1,1,,,",
    );
    const before = await databaseDigest(db);
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv });
    expect(result.ok).toBe(false);
    expect(result.created).toBe(0);
    expect(result.errors).toEqual([
      { line: 3, column: "Cost likely", message: "Cost reduction, likely: “abc” is not a number: type digits, e.g. 12,000 or 12.5." },
      { line: 3, column: "Effort", message: "Effort must be more than 0" },
      { line: 6, column: "Title", message: "Give the initiative a title" },
      { line: 6, column: "Effects", message: "No moment of truth named “Unknown moment” in this workspace" },
      { line: 6, column: "Effects", message: "“Booking online”: An effect is at most +3" },
      { line: 6, column: "Depends on", message: "No initiative titled “Nowhere”, neither in this workspace nor in this file" },
    ]);
    expect(await databaseDigest(db)).toBe(before);
    expect(await initiativeRows()).toHaveLength(0);
  });

  it("applies the status rules of the API: in progress needs a start period, a pin needs approved", async () => {
    const csv = lines(
      "title,status,start_period,pinned_period",
      "Started,In progress,,",
      "Pinned,proposed,,2",
      "Fine,in_progress,-1,",
      "Done,Done,0,",
    );
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv });
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "start_period"],
      [3, "pinned_period"],
    ]);
    expect(result.errors[0]!.message).toContain("Say in which period it started");
    expect(await initiativeRows()).toHaveLength(0);

    const ok = await team.as.admin.transfer.importCsv({
      ...ws,
      kind: "initiatives",
      csv: lines("title,status,start_period", "Fine,in_progress,-1", "Done,Done,0"),
    });
    expect(ok.ok).toBe(true);
    expect(await byTitle("Done")).toMatchObject({ status: "done", startPeriod: 0, progress: 100 });
  });

  it("refuses a dependency cycle within the file, naming the titles", async () => {
    const csv = lines("title,depends_on", "Alpha,Gamma", "Beta,Alpha", "Gamma,Beta");
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv });
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.column).toBe("depends_on");
    expect(result.errors[0]!.message).toMatch(/^Dependency cycle: /);
    for (const t of ["Alpha", "Beta", "Gamma"]) expect(result.errors[0]!.message).toContain(`“${t}”`);
    expect(await initiativeRows()).toHaveLength(0);
  });

  it("refuses a self-dependency, an ambiguous title and an ambiguous moment name", async () => {
    await insertInitiative(db, team.workspaceId, { title: "Twin" });
    await insertInitiative(db, team.workspaceId, { title: "twin" });
    await insertMoments(db, team.workspaceId, { categoryName: "A", moments: [{ name: "Pickup", importance: 3, performance: 3 }] });
    await insertMoments(db, team.workspaceId, { categoryName: "B", moments: [{ name: "Pickup", importance: 3, performance: 3 }] });
    const csv = lines("title,depends_on,effects", "Loop,Loop,", "Needs twin,Twin,", "Touches pickup,,Pickup:+1");
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv });
    expect(result.errors).toEqual([
      { line: 2, column: "depends_on", message: "An initiative cannot depend on itself (“Loop”)" },
      {
        line: 3,
        column: "depends_on",
        message: "“Twin” matches 2 initiatives (in this workspace and this file); titles used as prerequisites must be unique",
      },
      {
        line: 4,
        column: "effects",
        message: "“Pickup” names 2 moments of truth (on canvases “A canvas”, “B canvas”); rename one so the name is unique",
      },
    ]);
  });

  it("uses the mapping it is given (by column index) and refuses a mapping without the required fields", async () => {
    const csv = lines("Naam,Besparing,Something", "Een,1000,x", "Twee,2000,y");
    const e = await failure(team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe("Choose the column that holds “Title”: it is required");

    const bad = await failure(team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv, mapping: { title: 0, colour: 2 } }));
    expect(bad.fieldErrors).toEqual({ "mapping.colour": ["“colour” is not a field of initiatives"] });
    const outOfRange = await failure(
      team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv, mapping: { title: 0, cost_likely: 7 } }),
    );
    expect(outOfRange.message).toBe("Column 8 does not exist: the file has 3 columns");

    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv, mapping: { title: 0, cost_likely: 1 } });
    expect(result).toMatchObject({ ok: true, created: 2 });
    expect((await byTitle("Twee")).costLikely).toBe(2_000);
  });

  it("undoes the export's formula escaping and reads numbers as the app writes them", async () => {
    const csv = lines("title,cost_likely", "'=Not a formula,-5", 'Thousands,"1,000"', 'Unclear,"12,5"', 'Indian grouping,"1,20,000"');
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv });
    expect(result.errors).toEqual([
      {
        line: 4,
        column: "cost_likely",
        message:
          "Cost reduction, likely: “12,5” is not clear: a comma here could be a decimal point. Use a point for decimals: 12.5, and commas only between groups of three digits (12,000).",
      },
      {
        line: 5,
        column: "cost_likely",
        message:
          "Cost reduction, likely: “1,20,000” is not grouped in threes. Did you mean 120,000? Commas go between groups of three digits.",
      },
    ]);
    const ok = await team.as.admin.transfer.importCsv({
      ...ws,
      kind: "initiatives",
      csv: lines("title,cost_likely", "'=Not a formula,-5", 'Thousands,"1,000"', 'Grouped money,"€1,200,000.50"', "Tiny,1e-7"),
    });
    expect(ok.ok).toBe(true);
    expect(await byTitle("=Not a formula")).toMatchObject({ costLow: -5, costLikely: -5, costHigh: -5 });
    expect((await byTitle("Thousands")).costLikely).toBe(1_000);
    expect((await byTitle("Grouped money")).costLikely).toBe(1_200_000.5);
    expect((await byTitle("Tiny")).costLikely).toBe(0.0000001);
  });

  it("is for admins only, and another workspace is NOT_FOUND", async () => {
    const csv = lines("title", "A");
    expect((await failure(team.as.editor.transfer.importCsv({ ...ws, kind: "initiatives", csv }))).code).toBe("FORBIDDEN");
    expect((await failure(other.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv }))).code).toBe("NOT_FOUND");
    expect(await initiativeRows()).toHaveLength(0);
  });
});

describe("limits", () => {
  it("refuses a file over 5 MB with a clear message", async () => {
    const big = "title,problem\n" + `A,${"x".repeat(1000)}\n`.repeat(5_300);
    const e = await failure(team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv: big }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toMatch(/^The file is 5\.\d MB; the limit is 5 MB\. Split it into smaller files/);
  });

  it("refuses more than 10,000 rows with a clear message, and reads exactly 10,000", async () => {
    const tooMany = "title\n" + Array.from({ length: 10_001 }, (_, i) => `Row ${i}`).join("\n");
    const e = await failure(team.as.admin.transfer.previewCsv({ ...ws, kind: "initiatives", csv: tooMany }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe("The file has 10,001 rows; the limit is 10,000. Split it into smaller files.");

    const exactly = "title\n" + Array.from({ length: 10_000 }, (_, i) => `Row ${i}`).join("\n");
    const preview = await team.as.admin.transfer.previewCsv({ ...ws, kind: "initiatives", csv: exactly });
    expect(preview.totalRows).toBe(10_000);
    expect(preview.rows.at(-1)).toEqual({ line: 6, cells: ["Row 4"] });
  });

  it("refuses an empty file and a file with only a header", async () => {
    expect((await failure(team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv: "\n\n" }))).message).toMatch(
      /^The file is empty/,
    );
    expect((await failure(team.as.admin.transfer.importCsv({ ...ws, kind: "initiatives", csv: "title\n" }))).message).toBe(
      "The file has a header row but no rows to import.",
    );
  });
});

describe("import of moments of truth", () => {
  it("puts each row on the canvas its canvas column names, else on the chosen canvas, after the moments already there", async () => {
    const a = await insertMoments(db, team.workspaceId, {
      categoryName: "Peace of mind",
      moments: [{ name: "Existing", importance: 3, performance: 3 }],
    });
    const b = await insertMoments(db, team.workspaceId, { categoryName: "Price seekers", moments: [] });
    const csv = lines(
      "Canvas,Moment of truth,Journey stage,Journey type,Importance,Performance,Volume,Unit cost",
      "peace of mind canvas,Call to book,Booking,Service planned,5,2,12000,4.5",
      ",Quote by text,Quote,purchase,4,3,,",
    );
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "moments", csv, canvasId: b.canvas.id });
    expect(result).toMatchObject({ ok: true, created: 2 });
    const call = (await db.select().from(moments).where(eq(moments.name, "Call to book")))[0]!;
    expect(call).toMatchObject({
      canvasId: a.canvas.id,
      stage: "Booking",
      journeyType: "service-planned",
      importance: 5,
      performance: 2,
      volumePerYear: 12_000,
      costPerInteraction: 4.5,
      position: 1,
    });
    const quote = (await db.select().from(moments).where(eq(moments.name, "Quote by text")))[0]!;
    expect(quote).toMatchObject({ canvasId: b.canvas.id, journeyType: "purchase", position: 0, volumePerYear: 0 });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "moment"), eq(auditLog.action, "create")));
    expect(audit.map((r) => r.entityId).sort()).toEqual([call.id, quote.id].sort());
  });

  it("lists every bad row and imports none", async () => {
    const a = await insertMoments(db, team.workspaceId, { categoryName: "Peace of mind", moments: [] });
    const csv = lines(
      "canvas,name,importance,performance,journey_type",
      "Nope,A,3,3,",
      "Peace of mind canvas,B,6,3,",
      "Peace of mind canvas,,3,3,spaceship",
      "Peace of mind canvas,D,,3,",
    );
    const before = await databaseDigest(db);
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "moments", csv });
    expect(result.errors).toEqual([
      { line: 2, column: "canvas", message: "No canvas titled “Nope” in this workspace" },
      { line: 3, column: "importance", message: "Importance is a whole number from 1 to 5" },
      { line: 4, column: "name", message: "Give the moment of truth a name" },
      { line: 4, column: "journey_type", message: "Choose one of: purchase, service-planned, service-unplanned, delivery, retail, other" },
      { line: 5, column: "importance", message: "Importance is required" },
    ]);
    expect(await databaseDigest(db)).toBe(before);
    expect(await db.select().from(moments).where(eq(moments.canvasId, a.canvas.id))).toHaveLength(0);
  });

  it("needs a canvas for every row, and a canvas of another workspace is NOT_FOUND", async () => {
    const csv = lines("name,importance,performance", "A,3,3");
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "moments", csv });
    expect(result.errors).toEqual([
      {
        line: 2,
        column: "canvas",
        message: "Say which canvas this moment belongs to: fill the canvas column or choose a canvas for the import",
      },
    ]);
    const theirs = await insertMoments(db, other.workspaceId, { moments: [] });
    const e = await failure(team.as.admin.transfer.importCsv({ ...ws, kind: "moments", csv, canvasId: theirs.canvas.id }));
    expect(e.code).toBe("NOT_FOUND");
  });

  it("keeps a canvas within 200 moments", async () => {
    const a = await insertMoments(db, team.workspaceId, {
      categoryName: "Full",
      moments: Array.from({ length: 199 }, () => ({ importance: 3, performance: 3 })),
    });
    const csv = lines("name,importance,performance", "One more,3,3", "Too many,3,3");
    const result = await team.as.admin.transfer.importCsv({ ...ws, kind: "moments", csv, canvasId: a.canvas.id });
    expect(result.errors).toEqual([
      { line: 3, column: "canvas", message: "A canvas holds at most 200 moments of truth; this row would go beyond it" },
    ]);
  });
});
