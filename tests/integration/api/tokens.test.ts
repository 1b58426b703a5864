import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { apiTokens, auditLog, memberships } from "@/db/schema";
import { createTestDb } from "../../helpers/db";
import { failure } from "../../helpers/initiative-factories";
import { api, serveFrom, teamWithTokens } from "./support";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
  serveFrom(db);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("API tokens in the workspace settings", () => {
  it("shows the token once and stores only its sha256 and a short prefix", async () => {
    const team = await teamWithTokens(db);
    const created = await team.makeToken("read", 30, "BI dashboard");
    expect(created.token).toMatch(/^tc_[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(row!.prefix).toBe(created.token.slice(0, 9));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const listed = await team.as.admin.apiToken.list({ workspaceId: team.workspaceId });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ name: "BI dashboard", scope: "read", state: "active", createdByName: team.members.admin.name });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(listed[0]).not.toHaveProperty("tokenHash");
  });

  it("sets the expiry in days, at most a year", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-08-15T10:00:00Z") });
    const team = await teamWithTokens(db);
    const created = await team.makeToken("read", 365);
    expect(created.expiresAt).toBe(Date.parse("2027-08-15T10:00:00Z"));
    const tooLong = await failure(team.makeToken("read", 366));
    expect(tooLong.code).toBe("BAD_REQUEST");
    expect(tooLong.message).toContain("at most 365 days");
    const noName = await failure(
      team.as.admin.apiToken.create({ workspaceId: team.workspaceId, name: " ", scope: "read", expiresInDays: 5 }),
    );
    expect(noName.message).toContain("Give the token a name");
  });

  it("lets only admins make, list and revoke tokens", async () => {
    const team = await teamWithTokens(db);
    const made = await team.makeToken("read");
    for (const role of ["executive", "editor", "tracker", "viewer"] as const) {
      const caller = team.as[role];
      expect((await failure(caller.apiToken.list({ workspaceId: team.workspaceId }))).code).toBe("FORBIDDEN");
      expect(
        (await failure(caller.apiToken.create({ workspaceId: team.workspaceId, name: "x", scope: "read", expiresInDays: 5 }))).code,
      ).toBe("FORBIDDEN");
      expect((await failure(caller.apiToken.revoke({ workspaceId: team.workspaceId, id: made.id }))).code).toBe("FORBIDDEN");
    }
    expect(await db.select().from(apiTokens)).toHaveLength(1);
  });

  it("writes audit rows for create and revoke, without the token or its hash", async () => {
    const team = await teamWithTokens(db);
    const made = await team.makeToken("read_write");
    await team.as.admin.apiToken.revoke({ workspaceId: team.workspaceId, id: made.id });
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "api_token"), eq(auditLog.entityId, made.id)));
    expect(rows.map((r) => r.action).sort()).toEqual(["create", "revoke"]);
    expect(rows.every((r) => r.actorId === team.members.admin.id)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(made.token);
    expect(JSON.stringify(rows)).not.toContain("tokenHash");
  });

  it("does not revoke another workspace's token (NOT_FOUND) nor a revoked one twice (CONFLICT)", async () => {
    const a = await teamWithTokens(db);
    const b = await teamWithTokens(db);
    const theirs = await b.makeToken("read");
    expect((await failure(a.as.admin.apiToken.revoke({ workspaceId: a.workspaceId, id: theirs.id }))).code).toBe("NOT_FOUND");
    await b.as.admin.apiToken.revoke({ workspaceId: b.workspaceId, id: theirs.id });
    expect((await failure(b.as.admin.apiToken.revoke({ workspaceId: b.workspaceId, id: theirs.id }))).code).toBe("CONFLICT");
  });
});

describe("authenticating with a token", () => {
  it("refuses a request without a token, with an unknown one or a malformed header: 401 with a plain message", async () => {
    await teamWithTokens(db);
    const none = await api("GET", "/categories");
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: { code: "unauthorized", message: expect.stringContaining("Authorization: Bearer") } });
    const unknown = await api("GET", "/categories", { token: `tc_${"A".repeat(43)}` });
    expect(unknown.status).toBe(401);
    expect((unknown.body as { error: { message: string } }).error.message).toContain("not known");
    const notOurs = await api("GET", "/categories", { token: "ghp_something" });
    expect(notOurs.status).toBe(401);
    expect((notOurs.body as { error: { message: string } }).error.message).toContain("not a Triple Crown API token");
  });

  it("refuses an expired token from the moment it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-08-15T10:00:00Z") });
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read", 1);
    vi.setSystemTime(new Date("2026-08-16T09:59:59Z"));
    expect((await api("GET", "/categories", { token })).status).toBe(200);
    vi.setSystemTime(new Date("2026-08-16T10:00:00Z"));
    const expired = await api("GET", "/categories", { token });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({
      error: { code: "unauthorized", message: "This API token has expired. Ask a workspace admin for a new one." },
    });
  });

  it("refuses a revoked token at once", async () => {
    const team = await teamWithTokens(db);
    const made = await team.makeToken("read_write");
    expect((await api("GET", "/categories", { token: made.token })).status).toBe(200);
    await team.as.admin.apiToken.revoke({ workspaceId: team.workspaceId, id: made.id });
    const revoked = await api("GET", "/categories", { token: made.token });
    expect(revoked.status).toBe(401);
    expect((revoked.body as { error: { message: string } }).error.message).toBe(
      "This API token was revoked. Ask a workspace admin for a new one.",
    );
  });

  it("stops a token whose maker is no longer an admin of the workspace", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read");
    await db
      .update(memberships)
      .set({ role: "viewer" })
      .where(and(eq(memberships.workspaceId, team.workspaceId), eq(memberships.userId, team.members.admin.id)));
    const refused = await api("GET", "/categories", { token });
    expect(refused.status).toBe(401);
    expect((refused.body as { error: { message: string } }).error.message).toContain("no longer an admin");
  });

  it("records the last use at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-08-15T10:00:00Z") });
    const team = await teamWithTokens(db);
    const made = await team.makeToken("read");
    const lastUsed = async () => (await db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, made.id)))[0]!.at;
    expect(await lastUsed()).toBeNull();
    await api("GET", "/categories", { token: made.token });
    expect(await lastUsed()).toBe(Date.parse("2026-08-15T10:00:00Z"));
    vi.setSystemTime(new Date("2026-08-15T10:00:59Z"));
    await api("GET", "/categories", { token: made.token });
    expect(await lastUsed()).toBe(Date.parse("2026-08-15T10:00:00Z"));
    vi.setSystemTime(new Date("2026-08-15T10:01:01Z"));
    await api("GET", "/categories", { token: made.token });
    expect(await lastUsed()).toBe(Date.parse("2026-08-15T10:01:01Z"));
  });
});
