import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, memberships, users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { createTestDb } from "../helpers/db";
import { callerFor, makeTeam, makeWorkspace } from "../helpers/factories";
import type { Db } from "@/db/client";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
});

describe("sign-up", () => {
  it("creates the user and a first workspace with them as admin", async () => {
    const anon = callerFor(db, null);
    await anon.auth.signUp({ name: "Ada", email: "Ada@Example.com", password: "correct horse battery" });
    const user = (await db.select().from(users).where(eq(users.email, "ada@example.com")))[0]!;
    const me = callerFor(db, user.id);
    const list = await me.workspace.list();
    expect(list).toEqual([expect.objectContaining({ slug: "ada-s-workspace", role: "admin" })]);
  });

  it.each([
    [{ name: "Ada", email: "ada@example.com", password: "short" }, "password", /at least 10/],
    [{ name: "Ada", email: "not-an-email", password: "long enough, really" }, "email", /valid email/],
    [{ name: "x".repeat(10_000), email: "ada@example.com", password: "long enough, really" }, "name", /at most 100/],
  ])("refuses bad input with a clear field error (%#)", async (input, field, message) => {
    const anon = callerFor(db, null);
    const error = await anon.auth.signUp(input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const fieldErrors = (error as { cause: { issues: { path: string[]; message: string }[] } }).cause.issues;
    expect(fieldErrors.find((i) => i.path[0] === field)?.message).toMatch(message);
  });

  it("makes no second account with the same email, case-insensitively", async () => {
    const anon = callerFor(db, null);
    await anon.auth.signUp({ name: "Ada", email: "ada@example.com", password: "long enough, really" });
    await anon.auth.signUp({ name: "Eve", email: "ADA@example.com", password: "long enough, really" });
    expect(await db.select({ name: users.name }).from(users)).toEqual([{ name: "Ada" }]);
  });
});

describe("workspaces", () => {
  it("anonymous callers are refused", async () => {
    await expect(callerFor(db, null).workspace.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a member of A gets NOT_FOUND for workspace B, by id and by slug", async () => {
    const a = await makeWorkspace(db);
    const b = await makeWorkspace(db);
    const api = callerFor(db, a.admin.id);
    await expect(api.workspace.get({ workspaceId: b.workspace.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.workspace.bySlug({ slug: b.workspace.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.member.list({ workspaceId: b.workspace.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("creating a workspace gives unique slugs and writes an audit row", async () => {
    const { admin } = await makeWorkspace(db);
    const api = callerFor(db, admin.id);
    const one = await api.workspace.create({ name: "Acme Care" });
    const two = await api.workspace.create({ name: "Acme Care" });
    expect(one.slug).toBe("acme-care");
    expect(two.slug).not.toBe(one.slug);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, one.id));
    expect(audits.map((a) => a.action)).toEqual(["create"]);
  });

  it("updates settings with optimistic concurrency", async () => {
    const { workspace, admin } = await makeWorkspace(db);
    const api = callerFor(db, admin.id);
    const updated = await api.workspace.update({ workspaceId: workspace.id, name: "Renamed", currency: "USD", version: 1 });
    expect(updated.version).toBe(2);
    await expect(api.workspace.update({ workspaceId: workspace.id, name: "Stale", currency: "USD", version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await api.workspace.get({ workspaceId: workspace.id })).name).toBe("Renamed");
  });
});

describe("members and invitations", () => {
  it("only admins manage members; others are FORBIDDEN", async () => {
    const team = await makeTeam(db);
    for (const role of ["executive", "editor", "tracker", "viewer"] as const) {
      await expect(
        team.as[role].invitation.create({ workspaceId: team.workspaceId, email: "x@example.com", role: "viewer" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        team.as[role].member.changeRole({ workspaceId: team.workspaceId, userId: team.members.viewer.id, role: "admin" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("an invitation link lets the invitee join once, with the role given", async () => {
    const team = await makeTeam(db);
    const inv = await team.as.admin.invitation.create({ workspaceId: team.workspaceId, email: "new@example.com", role: "tracker" });
    const anon = callerFor(db, null);
    expect(await anon.invitation.describe({ token: inv.token })).toMatchObject({ role: "tracker", email: "new@example.com" });
    await anon.auth.signUp({ name: "New", email: "new@example.com", password: "long enough, really" });
    const user = (await db.select().from(users).where(eq(users.email, "new@example.com")))[0]!;
    const joined = await callerFor(db, user.id).invitation.accept({ token: inv.token });
    expect(joined.workspaceSlug).toBe(team.workspace.slug);
    const role = await db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(role.find((m) => m.workspaceId === team.workspaceId)?.role).toBe("tracker");
    await expect(callerFor(db, user.id).invitation.accept({ token: inv.token })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a revoked invitation stops working at once", async () => {
    const team = await makeTeam(db);
    const inv = await team.as.admin.invitation.create({ workspaceId: team.workspaceId, email: "r@example.com", role: "viewer" });
    await team.as.admin.invitation.revoke({ workspaceId: team.workspaceId, invitationId: inv.id });
    await expect(callerFor(db, null).invitation.describe({ token: inv.token })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the last admin can be neither demoted nor removed", async () => {
    const team = await makeTeam(db);
    const ws = { workspaceId: team.workspaceId };
    await expect(team.as.admin.member.changeRole({ ...ws, userId: team.members.admin.id, role: "viewer" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(team.as.admin.member.remove({ ...ws, userId: team.members.admin.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await team.as.admin.member.changeRole({ ...ws, userId: team.members.editor.id, role: "admin" });
    await team.as.admin.member.changeRole({ ...ws, userId: team.members.admin.id, role: "viewer" });
    const roles = (await team.as.editor.member.list(ws)).map((m) => m.role).sort();
    expect(roles).toEqual(["admin", "executive", "tracker", "viewer", "viewer"]);
  });

  it("cannot touch members of another workspace", async () => {
    const team = await makeTeam(db);
    const other = await makeWorkspace(db, { members: ["viewer"] });
    await expect(team.as.admin.member.remove({ workspaceId: team.workspaceId, userId: other.members.viewer!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
