import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiativeDependencies, initiativeEffects, workspaces } from "@/db/schema";
import { downloadResponse } from "@/server/http/downloads";
import { escapeFormula } from "@/server/domain/transfer/csv-write";
import { createTestDb } from "../helpers/db";
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
  await db.update(workspaces).set({ name: "Northwind Test", slug: "northwind-test" }).where(eq(workspaces.id, team.workspaceId));
});

/** The parsed cells of a CSV download (after checking the BOM and line ends). */
function cells(content: string): string[][] {
  expect(content.charCodeAt(0)).toBe(0xfeff);
  expect(content.endsWith("\r\n")).toBe(true);
  const parsed = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true });
  return parsed.data;
}

function asRecords(rows: string[][]) {
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
}

/**
 * docs/scoring.md §8: default model; category A (weight 2) with m1 (importance 5,
 * performance 2), B (weight 1) with m2 (4, 4); "Fixed return time" with cost
 * 500,000, revenue 200,000, effects m1 +3 and m2 −1, confidence 0.8, effort 10,
 * investment 300,000. Hand-worked: s_E 6.6667, s_C 5, s_R 2, value 38.1333,
 * parts 0.8×40×6.6667/10 = 21.3333, 0.8×30×5/10 = 12, 0.8×30×2/10 = 4.8,
 * NPV 1,194,716.25, payback 0.5172.
 * Beside it, a title that is a formula with a negative cost: cost −5,000 gives
 * s_C = −0.05, value = 10 × 1 × 30 × −0.05 / 100 = −0.15, NPV = −5,000 × 2.577097 = −12,885.48.
 */
async function workedExample() {
  const a = await insertMoments(db, team.workspaceId, {
    categoryName: "A",
    categoryWeight: 2,
    moments: [{ name: "m1", importance: 5, performance: 2 }],
  });
  const b = await insertMoments(db, team.workspaceId, {
    categoryName: "B",
    categoryWeight: 1,
    moments: [{ name: "m2", importance: 4, performance: 4 }],
  });
  const x = await insertInitiative(db, team.workspaceId, {
    title: "Fixed return time",
    department: "Workshop",
    costLow: 500_000,
    costLikely: 500_000,
    costHigh: 500_000,
    revenueLow: 200_000,
    revenueLikely: 200_000,
    revenueHigh: 200_000,
    confidence: 0.8,
    effort: 10,
    investment: 300_000,
    ownerId: team.members.tracker.id,
    createdAt: 1,
  });
  await db.insert(initiativeEffects).values([
    { workspaceId: team.workspaceId, initiativeId: x.id, momentId: a.moments[0]!.id, effect: 3 },
    { workspaceId: team.workspaceId, initiativeId: x.id, momentId: b.moments[0]!.id, effect: -1 },
  ]);
  const y = await insertInitiative(db, team.workspaceId, {
    title: '=HYPERLINK("http://evil.test","click")',
    department: "+1 Digital",
    problem: "@SUM(A1)",
    costLow: -5_000,
    costLikely: -5_000,
    costHigh: -5_000,
    confidence: 1,
    effort: 1,
    createdAt: 2,
  });
  await db.insert(initiativeDependencies).values({ workspaceId: team.workspaceId, initiativeId: y.id, dependsOnId: x.id });
  return { a, b, x, y };
}

describe("formula escaping", () => {
  it("prefixes text cells starting with = + - @ tab or CR with a single quote, and leaves other text alone", () => {
    expect(["=1+1", "+31 6", "-x", "@a", "\tq", "\rq", "ok", "1-2", "'already"].map(escapeFormula)).toEqual([
      "'=1+1",
      "'+31 6",
      "'-x",
      "'@a",
      "'\tq",
      "'\rq",
      "ok",
      "1-2",
      "'already",
    ]);
  });
});

describe("scorecard CSV", () => {
  it("has every column of the scorecard table and the breakdown, hand-worked values, numbers as numbers", async () => {
    await workedExample();
    const file = await team.as.viewer.transfer.exportCsv({ ...ws, kind: "scorecard" });
    expect(file.filename).toMatch(/^northwind-test-scorecard-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = cells(file.content);
    expect(rows[0]).toEqual([
      "rank",
      "title",
      "department",
      "owner",
      "status",
      "experience_score",
      "cost_score",
      "revenue_score",
      "crowns",
      "triple_crown",
      "crown",
      "value_score",
      "priority",
      "npv",
      "payback_years",
      "confidence",
      "robust",
      "rank_min",
      "rank_max",
      "harms_experience",
      "not_linked_to_outcome",
      "experience_weight",
      "experience_part",
      "cost_weight",
      "cost_part",
      "revenue_weight",
      "revenue_part",
      "benefit",
      "experience_clamped",
      "cost_clamped",
      "revenue_clamped",
      "effect_links",
      "cost_reduction_likely",
      "revenue_growth_likely",
      "net_annual_benefit",
      "investment",
      "effort",
    ]);
    const [x, y] = asRecords(rows);
    expect(x).toEqual({
      rank: "1",
      title: "Fixed return time",
      department: "Workshop",
      owner: team.members.tracker.name,
      status: "proposed",
      experience_score: "6.6667",
      cost_score: "5",
      revenue_score: "2",
      crowns: "3",
      triple_crown: "yes",
      // The crown in the same words as the app, the share page and the PDF.
      crown: "Experience +6.7 (crown), Cost +5.0 (crown), Revenue +2.0 (crown); triple crown",
      value_score: "38.1333",
      priority: "3.8133",
      npv: "1194716.25",
      payback_years: "0.5172",
      confidence: "0.8",
      robust: "yes",
      rank_min: "1",
      rank_max: "1",
      harms_experience: "no",
      not_linked_to_outcome: "no",
      experience_weight: "40",
      experience_part: "21.3333",
      cost_weight: "30",
      cost_part: "12",
      revenue_weight: "30",
      revenue_part: "4.8",
      benefit: "4.7667",
      experience_clamped: "no",
      cost_clamped: "no",
      revenue_clamped: "no",
      effect_links: "m1:+3 (+0.8); m2:-1 (-0.1333)",
      cost_reduction_likely: "500000",
      revenue_growth_likely: "200000",
      net_annual_benefit: "580000",
      investment: "300000",
      effort: "10",
    });
    expect(y).toMatchObject({
      rank: "2",
      title: `'=HYPERLINK("http://evil.test","click")`,
      department: "'+1 Digital",
      value_score: "-0.15",
      npv: "-12885.48",
      payback_years: "",
      cost_reduction_likely: "-5000",
      net_annual_benefit: "-5000",
      not_linked_to_outcome: "yes",
    });
    // A negative number is written bare (a number cell), never quoted or prefixed.
    expect(file.content).toContain(",-0.15,");
    expect(file.content).toContain(",-5000,0,-5000,0,1\r\n");
    expect(file.content).not.toContain("'-");
  });
});

describe("initiatives and moments CSV", () => {
  it("writes initiatives in the import template's columns, with effects and prerequisites by name", async () => {
    await workedExample();
    const file = await team.as.tracker.transfer.exportCsv({ ...ws, kind: "initiatives" });
    // Both rows are created in the same millisecond, so their order is by random id: find them by title.
    const records = asRecords(cells(file.content));
    expect(records).toHaveLength(2);
    const x = records.find((r) => r.title === "Fixed return time");
    const y = records.find((r) => r.title !== "Fixed return time");
    expect(x).toMatchObject({
      title: "Fixed return time",
      owner_email: team.members.tracker.email,
      cost_low: "500000",
      cost_likely: "500000",
      effects: "m1:+3; m2:-1",
      depends_on: "",
      confidence: "0.8",
      start_period: "",
    });
    expect(y).toMatchObject({
      title: `'=HYPERLINK("http://evil.test","click")`,
      problem: "'@SUM(A1)",
      cost_likely: "-5000",
      depends_on: "Fixed return time",
    });
  });

  it("an initiatives export imports back into another workspace unchanged", async () => {
    await workedExample();
    const file = await team.as.admin.transfer.exportCsv({ ...ws, kind: "initiatives" });
    await insertMoments(db, other.workspaceId, { categoryName: "A", moments: [{ name: "m1", importance: 5, performance: 2 }] });
    await insertMoments(db, other.workspaceId, { categoryName: "B", moments: [{ name: "m2", importance: 4, performance: 4 }] });
    // The owner is not a member there: drop the column by mapping it to nothing.
    const preview = await other.as.admin.transfer.previewCsv({ workspaceId: other.workspaceId, kind: "initiatives", csv: file.content });
    const mapping = { ...preview.suggestedMapping, owner_email: null };
    const result = await other.as.admin.transfer.importCsv({
      workspaceId: other.workspaceId,
      kind: "initiatives",
      csv: file.content,
      mapping,
    });
    expect(result).toMatchObject({ ok: true, created: 2 });
    const again = await other.as.admin.transfer.exportCsv({ workspaceId: other.workspaceId, kind: "initiatives" });
    const strip = (rows: Record<string, string | undefined>[]) => rows.map((r) => ({ ...r, owner_email: "" }));
    expect(strip(asRecords(cells(again.content)))).toEqual(strip(asRecords(cells(file.content))));
  });

  it("writes moments with their canvas, then the hot-spot figures", async () => {
    const a = await insertMoments(db, team.workspaceId, {
      categoryName: "Peace of mind",
      moments: [{ name: "-Call back", importance: 5, performance: 2 }],
    });
    const file = await team.as.viewer.transfer.exportCsv({ ...ws, kind: "moments" });
    const rows = cells(file.content);
    expect(rows[0]).toEqual([
      "canvas",
      "name",
      "stage",
      "journey_type",
      "channel",
      "importance",
      "performance",
      "volume_per_year",
      "cost_per_interaction",
      "category",
      "gap",
      "hot_spot_score",
      "hot_spot",
      "annual_cost",
    ]);
    // gap = 5 × (6 − 2) / 25 = 0.8 → hot-spot score 80; importance >= 4 and performance <= 2 → a hot spot.
    expect(rows[1]).toEqual([a.canvas.title, "'-Call back", "", "other", "", "5", "2", "0", "0", "Peace of mind", "0.8", "80", "yes", "0"]);
  });

  it("is open to every role (data.export) and NOT_FOUND for another workspace", async () => {
    for (const role of ["admin", "executive", "editor", "tracker", "viewer"] as const) {
      await expect(team.as[role].transfer.exportCsv({ ...ws, kind: "moments" })).resolves.toHaveProperty("content");
    }
    expect((await failure(other.as.admin.transfer.exportCsv({ ...ws, kind: "scorecard" }))).code).toBe("NOT_FOUND");
  });
});

describe("download route", () => {
  const url = (file: string, workspace = team.workspaceId) => new URL(`http://127.0.0.1/api/export/${file}?workspace=${workspace}`);

  it("serves a CSV download with a file name, UTF-8 with BOM", async () => {
    await workedExample();
    const res = await downloadResponse({ db, userId: team.members.viewer.id, file: "scorecard.csv", url: url("scorecard.csv") });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="northwind-test-scorecard-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("answers 401 without a session, 404 for another workspace or an unknown file, 400 without a workspace", async () => {
    expect((await downloadResponse({ db, userId: null, file: "scorecard.csv", url: url("scorecard.csv") })).status).toBe(401);
    expect((await downloadResponse({ db, userId: other.members.admin.id, file: "scorecard.csv", url: url("scorecard.csv") })).status).toBe(
      404,
    );
    expect((await downloadResponse({ db, userId: team.members.admin.id, file: "passwords.csv", url: url("passwords.csv") })).status).toBe(
      404,
    );
    const none = await downloadResponse({
      db,
      userId: team.members.admin.id,
      file: "moments.csv",
      url: new URL("http://127.0.0.1/api/export/moments.csv"),
    });
    expect(none.status).toBe(400);
  });

  it("serves the templates", async () => {
    const res = await downloadResponse({
      db,
      userId: team.members.editor.id,
      file: "moments-template.csv",
      url: url("moments-template.csv"),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain('filename="moments-template.csv"');
    expect((await res.text()).split("\r\n")).toHaveLength(3);
  });
});

describe("PDF executive scorecard", () => {
  it("is a valid PDF of 1 to 3 pages with the workspace name, headline and top initiative", { timeout: 120_000 }, async () => {
    await workedExample();
    const res = await downloadResponse({ db, userId: team.members.executive.id, file: "scorecard.pdf", url: url("scorecard.pdf") });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/filename="northwind-test-scorecard-\d{4}-\d{2}-\d{2}\.pdf"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const pdf = await getDocumentProxy(bytes);
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(totalPages).toBeLessThanOrEqual(3);
    for (const expected of [
      "Executive scorecard",
      "Northwind Test",
      "Fixed return time",
      "Triple crown",
      "Roadmap",
      "Plan vs realised",
      "38.1",
    ]) {
      expect(text).toContain(expected);
    }
    // The crown as the app draws it, labelled (hand-worked from the scores above: 6.7, 5.0 and 2.0 are all above 0.5).
    const flat = text.replace(/\s+/g, " ");
    for (const part of ["How to read the crown", "Experience ▲ +6.7 crown", "Cost ▲ +5.0 crown", "Revenue ▲ +2.0 crown"]) {
      expect(flat).toContain(part);
    }
    // The title that is a formula is printed as text, escaped, not as markup.
    expect(text).toContain('=HYPERLINK("http://evil.test","click")');
  });

  function url(file: string) {
    return new URL(`http://127.0.0.1/api/export/${file}?workspace=${team.workspaceId}`);
  }
});
