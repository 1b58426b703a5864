import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comments, initiatives, memberships, workspaces } from "@/db/schema";
import { downloadResponse } from "@/server/http/downloads";
import { createTestDb } from "../helpers/db";
import { databaseDigest } from "../helpers/digest";
import { callerFor, makeTeam, makeWorkspace } from "../helpers/factories";
import { failure } from "../helpers/initiative-factories";
import { makeRichWorkspace, normalised } from "../helpers/transfer-factories";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
});

async function solo() {
  const { workspace, admin } = await makeWorkspace(db, { name: "Northwind Car Care" });
  const rich = await makeRichWorkspace(db, workspace.id, { owner: admin.id, author: admin.id });
  return { workspace, admin, api: callerFor(db, admin.id), rich };
}

describe("workspace export", () => {
  it("writes a versioned file with everything of the workspace, refs instead of ids, and no password hashes", async () => {
    const { workspace, admin, api, rich } = await solo();
    const file = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    expect(file).toMatchObject({ format: "triple-crown-workspace", version: 1 });
    expect(Date.parse(file.exportedAt)).not.toBeNaN();
    const w = file.workspace;
    expect(w.name).toBe("Northwind Car Care");
    expect(w.members).toEqual([{ email: admin.email, name: admin.name, role: "admin" }]);
    expect(w.categories.map((c) => [c.ref, c.name])).toEqual([
      ["category-1", "Peace of mind"],
      ["category-2", "Time is money"],
    ]);
    expect(w.canvases.map((c) => [c.ref, c.categoryRef, c.title])).toEqual([
      ["canvas-1", "category-1", "Safe and sound"],
      ["canvas-2", "category-2", "Same-day service"],
    ]);
    expect(w.moments.map((m) => [m.ref, m.canvasRef, m.name, m.position])).toEqual([
      ["moment-1", "canvas-1", "Safety check call", 0],
      ["moment-2", "canvas-2", "Booking online", 0],
      ["moment-3", "canvas-2", "Car handover", 1],
    ]);
    expect(w.measures.find((m) => m.name === "Cars back when promised")!.actuals).toEqual([
      { date: "2027-01-31", value: 64, note: "January", createdBy: admin.email, createdAt: expect.any(Number) as number },
      { date: "2027-02-28", value: 71, note: "", createdBy: admin.email, createdAt: expect.any(Number) as number },
    ]);
    expect(w.scoringModels.map((m) => [m.number, m.weights.experience, m.note])).toEqual([
      [1, 40, "Default model"],
      [2, 50, "Experience first"],
    ]);
    const platform = w.initiatives.find((i) => i.title === "Booking platform")!;
    expect(platform).toMatchObject({
      ref: "initiative-1",
      owner: admin.email,
      status: "in_progress",
      startPeriod: 0,
      progress: 40,
      costReduction: { low: 50_000, likely: 80_000, high: 120_000 },
      effects: [
        { momentRef: "moment-1", effect: -1 },
        { momentRef: "moment-2", effect: 3 },
      ],
      dependsOn: [],
      results: [
        {
          periodRef: "period-1",
          actualCostReduction: 12_000,
          actualRevenueGrowth: 3_000,
          note: "First quarter",
          createdAt: expect.any(Number) as number,
        },
      ],
    });
    expect(platform.assumptions.map((a) => [a.kind, a.text, a.status, a.critical])).toEqual([
      ["assumption", "Half of bookings move online", "validated", true],
      ["risk", "Dealer system API is late", "untested", false],
    ]);
    expect(w.initiatives.find((i) => i.title === "Text when ready")!.dependsOn).toEqual(["initiative-1", "initiative-2"]);
    expect(w.comments.map((c) => [c.entityType, c.entityRef, c.body])).toEqual([
      ["initiative", "initiative-1", "Can we start with one branch?"],
      ["canvas", "canvas-2", "Agreed with the service desk"],
    ]);
    const text = JSON.stringify(file);
    expect(text).not.toContain("scrypt$");
    expect(text).not.toContain("passwordHash");
    for (const id of [workspace.id, admin.id, rich.initiatives.platform.id, rich.moments[0]!.id, rich.canvases[0]!.id])
      expect(text).not.toContain(id);
  });

  it("is a download too, for every role, and NOT_FOUND for another workspace", async () => {
    const team = await makeTeam(db);
    const res = await downloadResponse({
      db,
      userId: team.members.viewer.id,
      file: "workspace.json",
      url: new URL(`http://127.0.0.1/api/export/workspace.json?workspace=${team.workspaceId}`),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/filename=".*-workspace-\d{4}-\d{2}-\d{2}\.json"/);
    expect((await res.json()) as unknown).toMatchObject({ format: "triple-crown-workspace", version: 1 });
    const outsider = await makeTeam(db);
    expect((await failure(outsider.as.admin.transfer.exportWorkspace({ workspaceId: team.workspaceId }))).code).toBe("NOT_FOUND");
  });
});

describe("workspace import", () => {
  it("round trip: importing an export gives a new workspace whose export is identical (but for the name and export time)", async () => {
    const { workspace, api } = await solo();
    const original = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    const result = await api.transfer.importWorkspace({ file: JSON.stringify(original) });
    expect(result.workspace.id).not.toBe(workspace.id);
    expect(result.workspace.name).toBe("Northwind Car Care (imported)");
    expect(result.counts).toEqual({
      categories: 2,
      canvases: 2,
      moments: 3,
      measures: 2,
      measureValues: 2,
      periods: 2,
      scoringModels: 2,
      initiatives: 4,
      comments: 2,
      scenarios: 0,
    });
    expect(result.membersNotAdded).toEqual([]);

    const copy = await api.transfer.exportWorkspace({ workspaceId: result.workspace.id });
    expect(normalised(copy)).toEqual(normalised(original));

    // Same engine input, so the same scorecard: ranks and value scores by title.
    const scores = async (id: string) =>
      (await api.scorecard.get({ workspaceId: id })).initiatives.map((i) => [i.title, i.rank, i.valueScore, i.npv]).sort();
    expect(await scores(result.workspace.id)).toEqual(await scores(workspace.id));
    // New ids throughout: no row of the copy reuses an id of the original.
    const ids = async (wsId: string) =>
      new Set((await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.workspaceId, wsId))).map((r) => r.id));
    const before = await ids(workspace.id);
    expect([...(await ids(result.workspace.id))].some((id) => before.has(id))).toBe(false);
  });

  it("makes the importer the only member (admin); other people are listed, not added, and lose their references", async () => {
    const team = await makeTeam(db);
    await makeRichWorkspace(db, team.workspaceId, { owner: team.members.tracker.id, author: team.members.editor.id });
    const file = await team.as.viewer.transfer.exportWorkspace({ workspaceId: team.workspaceId });
    const result = await team.as.viewer.transfer.importWorkspace({ file: JSON.stringify(file), name: "Viewer's copy" });
    expect(result.workspace.name).toBe("Viewer's copy");
    expect(result.membersNotAdded.map((m) => m.role).sort()).toEqual(["admin", "editor", "executive", "tracker"]);
    const members = await db.select().from(memberships).where(eq(memberships.workspaceId, result.workspace.id));
    expect(members.map((m) => [m.userId, m.role])).toEqual([[team.members.viewer.id, "admin"]]);
    const owners = await db
      .select({ ownerId: initiatives.ownerId })
      .from(initiatives)
      .where(eq(initiatives.workspaceId, result.workspace.id));
    expect(owners.every((o) => o.ownerId === null)).toBe(true);
    const authors = await db.select({ authorId: comments.authorId }).from(comments).where(eq(comments.workspaceId, result.workspace.id));
    expect(authors).toEqual([{ authorId: null }, { authorId: null }]);
  });

  it("refuses a bad file with a clear message and creates nothing", async () => {
    const { workspace, api } = await solo();
    const good = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    const digest = await databaseDigest(db);
    const count = async () => (await db.select().from(workspaces)).length;
    const workspacesBefore = await count();
    const attempt = async (file: string) => failure(api.transfer.importWorkspace({ file }));

    expect((await attempt("{not json")).message).toMatch(/^The workspace file cannot be imported: This is not JSON/);
    expect((await attempt(JSON.stringify({ ...good, format: "something-else" }))).message).toBe(
      'The workspace file cannot be imported: format: This is not a Triple Crown workspace file (format must be "triple-crown-workspace")',
    );
    expect((await attempt(JSON.stringify({ ...good, version: 2 }))).message).toContain("format version this installation cannot read");

    const clone = () => structuredClone(good);
    const badRef = clone();
    badRef.workspace.canvases[0]!.categoryRef = "category-99";
    const e = await attempt(JSON.stringify(badRef));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe(
      "The workspace file cannot be imported: workspace.canvases.0.categoryRef: No category with ref “category-99” in the file",
    );
    expect(e.fieldErrors).toEqual({ "workspace.canvases.0.categoryRef": ["No category with ref “category-99” in the file"] });

    const badValue = clone();
    badValue.workspace.moments[1]!.importance = 9;
    expect((await attempt(JSON.stringify(badValue))).message).toBe(
      "The workspace file cannot be imported: workspace.moments.1.importance: Importance is a whole number from 1 to 5",
    );

    const cycle = clone();
    cycle.workspace.initiatives[0]!.dependsOn = ["initiative-3"];
    expect((await attempt(JSON.stringify(cycle))).message).toMatch(/Dependency cycle: “Booking platform” depends on .*“Booking platform”/);

    const status = clone();
    status.workspace.initiatives[0]!.startPeriod = null;
    expect((await attempt(JSON.stringify(status))).message).toContain("workspace.initiatives.0.status: Say in which period it started");

    expect(await count()).toBe(workspacesBefore);
    expect(await databaseDigest(db)).toBe(digest);
  });

  it("needs a signed-in user", async () => {
    const { workspace, api } = await solo();
    const file = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    expect((await failure(callerFor(db, null).transfer.importWorkspace({ file: JSON.stringify(file) }))).code).toBe("UNAUTHORIZED");
  });
});
