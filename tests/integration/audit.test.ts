import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { callerFor, makeTeam, makeWorkspace } from "../helpers/factories";
import { failure, fieldErrors } from "../helpers/customer-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: string;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = team.workspaceId;
});
afterEach(() => {
  vi.useRealTimers();
});

async function addAudit(
  workspaceId: string,
  row: { id: string; entityType: string; entityId: string; action: string; createdAt: number; actorId?: string | null },
) {
  await db.insert(auditLog).values({ workspaceId, actorId: null, ...row });
}

describe("audit.list", () => {
  it("an entity's trail, newest first, with the actor's name and before/after", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T09:00:00Z"));
    const cat = await team.as.editor.category.create({ workspaceId: ws, name: "Time is money", need: "Car back the same day" });
    vi.setSystemTime(new Date("2026-01-01T10:00:00Z"));
    await team.as.admin.category.update({ workspaceId: ws, id: cat.id, version: 1, weight: 3 });
    const page = await team.as.viewer.audit.list({ workspaceId: ws, entityType: "category", entityId: cat.id });
    expect(page.total).toBe(2);
    expect(page.items.map((a) => [a.action, a.actorName, a.createdAt])).toEqual([
      ["update", team.members.admin.name, Date.parse("2026-01-01T10:00:00Z")],
      ["create", team.members.editor.name, Date.parse("2026-01-01T09:00:00Z")],
    ]);
    expect(page.items[0]!.before).toMatchObject({ weight: 1 });
    expect(page.items[0]!.after).toMatchObject({ weight: 3 });
  });

  it("the whole workspace, newest first with id as the tie-break, paginated, never another workspace's rows", async () => {
    const base = 2_000_000_000_000;
    await addAudit(ws, { id: "aaa", entityType: "canvas", entityId: "c1", action: "create", createdAt: base + 5 });
    await addAudit(ws, { id: "bbb", entityType: "canvas", entityId: "c1", action: "update", createdAt: base + 5 });
    await addAudit(ws, {
      id: "ccc",
      entityType: "moment",
      entityId: "m1",
      action: "create",
      createdAt: base + 1,
      actorId: team.members.tracker.id,
    });
    const other = (await makeWorkspace(db)).workspace.id;
    await addAudit(other, { id: "zzz", entityType: "canvas", entityId: "c1", action: "create", createdAt: base + 9 });
    const first = await team.as.executive.audit.list({ workspaceId: ws, limit: 2 });
    // makeTeam wrote the workspace's own "create" row (at real time, before `base`).
    expect(first.total).toBe(4);
    expect(first.items.map((a) => a.id)).toEqual(["bbb", "aaa"]);
    const second = await team.as.executive.audit.list({ workspaceId: ws, limit: 2, offset: 2 });
    expect(second.items.map((a) => [a.id, a.actorName])).toEqual([
      ["ccc", team.members.tracker.name],
      [second.items[1]!.id, team.members.admin.name],
    ]);
    expect(second.items[1]).toMatchObject({ entityType: "workspace", entityId: ws, action: "create" });
    const canvasOnly = await team.as.viewer.audit.list({ workspaceId: ws, entityType: "canvas" });
    expect(canvasOnly.items.map((a) => a.id)).toEqual(["bbb", "aaa"]);
    const byId = await team.as.viewer.audit.list({ workspaceId: ws, entityId: "m1" });
    expect(byId.items.map((a) => a.id)).toEqual(["ccc"]);
  });

  it("every member may read it (audit.read); a non-member gets NOT_FOUND", async () => {
    for (const role of ["admin", "executive", "editor", "tracker", "viewer"] as const) {
      expect((await team.as[role].audit.list({ workspaceId: ws })).total).toBe(1);
    }
    const outsider = (await makeWorkspace(db)).admin;
    expect((await failure(callerFor(db, outsider.id).audit.list({ workspaceId: ws }))).code).toBe("NOT_FOUND");
  });

  it("refuses out-of-bounds paging with a field error", async () => {
    const error = await failure(team.as.viewer.audit.list({ workspaceId: ws, limit: 1000 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrors(error))).toEqual(["limit"]);
  });
});
