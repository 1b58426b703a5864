// Per-workspace quotas, enforced by every write path (forms, CSV import,
// workspace import, workspace creation): one tenant cannot grow a workspace
// that stalls the server for the others. Quotas are set small here through
// the same environment variables an installation's admin uses.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { insertInitiative } from "../helpers/initiative-factories";
import { makeCanvas, makeCategory } from "../helpers/customer-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
const saved = { ...process.env };
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  process.env.QUOTA_INITIATIVES = "3";
  process.env.QUOTA_MOMENTS = "2";
  process.env.QUOTA_WORKSPACES_PER_USER = "2";
});
afterEach(() => {
  process.env = { ...saved };
});

const ws = () => ({ workspaceId: team.workspaceId });
async function initiativeCount() {
  return (await team.as.viewer.initiative.list(ws())).total;
}

describe("per-workspace quotas", () => {
  it("refuses the initiative past the quota with a message that says what to do, and creates nothing", async () => {
    for (const title of ["A", "B", "C"]) await team.as.editor.initiative.create({ ...ws(), title });
    await expect(team.as.editor.initiative.create({ ...ws(), title: "D" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/at most 3 initiatives.*QUOTA_INITIATIVES/),
    });
    expect(await initiativeCount()).toBe(3);
  });

  it("counts per workspace: another workspace has its own room", async () => {
    for (const n of [1, 2, 3]) await insertInitiative(db, team.workspaceId, { title: `Full ${n}` });
    const other = await makeTeam(db);
    await expect(other.as.editor.initiative.create({ workspaceId: other.workspaceId, title: "Fine" })).resolves.toMatchObject({
      title: "Fine",
    });
  });

  it("refuses a CSV import that would pass the quota, whole, and names the room left", async () => {
    await insertInitiative(db, team.workspaceId, { title: "Existing" });
    const csv = ["title", "One", "Two", "Three"].join("\n");
    await expect(team.as.admin.transfer.importCsv({ ...ws(), kind: "initiatives", csv })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("room for 2 more"),
    });
    expect(await initiativeCount()).toBe(1);
  });

  it("applies to moments of truth across canvases", async () => {
    const category = await makeCategory(db, team.workspaceId);
    const a = await makeCanvas(db, team.workspaceId, { categoryId: category.id });
    const b = await makeCanvas(db, team.workspaceId, { categoryId: category.id });
    await team.as.editor.moment.create({ ...ws(), canvasId: a.id, name: "Booking", importance: 4, performance: 2 });
    await team.as.editor.moment.create({ ...ws(), canvasId: b.id, name: "Pick-up", importance: 4, performance: 2 });
    await expect(
      team.as.editor.moment.create({ ...ws(), canvasId: b.id, name: "Invoice", importance: 3, performance: 3 }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("moments of truth") });
  });

  it("refuses a workspace file with more initiatives than the quota before writing anything", async () => {
    process.env.QUOTA_INITIATIVES = "10";
    for (const n of [1, 2, 3, 4]) await insertInitiative(db, team.workspaceId, { title: `I${n}` });
    const file = JSON.stringify(await team.as.admin.transfer.exportWorkspace(ws()));
    process.env.QUOTA_INITIATIVES = "3";
    const before = (await team.as.admin.workspace.list()).length;
    await expect(team.as.admin.transfer.importWorkspace({ file })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("at most 3"),
    });
    expect((await team.as.admin.workspace.list()).length).toBe(before);
  });

  it("refuses a workspace file larger than the import size quota", async () => {
    process.env.QUOTA_IMPORT_MB = "1";
    const file = JSON.stringify({ padding: "x".repeat(1024 * 1024 + 10) });
    await expect(team.as.admin.transfer.importWorkspace({ file })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("larger than 1 MB"),
    });
  });

  it("bounds the workspaces one person creates (sign-up is open)", async () => {
    const lone = team.as.viewer;
    await lone.workspace.create({ name: "One" });
    await lone.workspace.create({ name: "Two" });
    await expect(lone.workspace.create({ name: "Three" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("QUOTA_WORKSPACES_PER_USER"),
    });
  });

  it("ignores a quota variable that is not a positive whole number", async () => {
    process.env.QUOTA_INITIATIVES = "lots";
    for (const title of ["A", "B", "C", "D"]) await team.as.editor.initiative.create({ ...ws(), title });
    expect(await initiativeCount()).toBe(4);
  });
});
