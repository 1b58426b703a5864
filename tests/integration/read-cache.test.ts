// The response cache for the scorecard's reads (server/trpc/read-cache.ts):
// it must never serve a stale answer or serve anyone who may not read.
import { encode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { serveTrpc } from "@/server/trpc/http";
import { createTestDb } from "../helpers/db";
import { makeTeam, makeWorkspace } from "../helpers/factories";
import { insertInitiative } from "../helpers/initiative-factories";

const SECRET = "test-secret-read-cache-0123456789abcdef";
beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

async function cookieFor(userId: string) {
  return `authjs.session-token=${await encode({ token: { sub: userId, sv: 1, sid: `session-of-${userId}` }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;
}

function url(procs: string, input: unknown, batch = false) {
  const q = new URLSearchParams({ input: JSON.stringify(input) });
  if (batch) q.set("batch", "1");
  return `http://127.0.0.1/api/trpc/${procs}?${q.toString()}`;
}

async function get(userId: string | null, target: string, headers: Record<string, string> = {}) {
  const res = await serveTrpc(db, new Request(target, { headers: { ...(userId ? { cookie: await cookieFor(userId) } : {}), ...headers } }));
  return { status: res.status, body: await res.text(), requestId: res.headers.get("x-request-id") };
}

const rowsOf = (body: string) =>
  (JSON.parse(body) as { result: { data: { items: { title: string; rank: number }[]; total: number } } }).result.data;

describe("the scorecard read cache", () => {
  it("answers a repeated read with the same body, and a write shows up in the next answer", async () => {
    await insertInitiative(db, team.workspaceId, { title: "Alpha", effort: 1 });
    const target = url("scorecard.rows", { workspaceId: team.workspaceId, limit: 25, offset: 0 });
    const first = await get(team.members.viewer.id, target);
    expect(first.status).toBe(200);
    expect(rowsOf(first.body).items.map((r) => r.title)).toEqual(["Alpha"]);
    const again = await get(team.members.viewer.id, target);
    expect(again.body).toBe(first.body);

    const created = await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "Beta" });
    expect(created.title).toBe("Beta");
    const after = await get(team.members.viewer.id, target);
    expect(rowsOf(after.body).total).toBe(2);
    expect(
      rowsOf(after.body)
        .items.map((r) => r.title)
        .sort(),
    ).toEqual(["Alpha", "Beta"]);
  });

  it("sees a change written by another app instance (the workspace revision in the database moves on)", async () => {
    await insertInitiative(db, team.workspaceId, { title: "Alpha" });
    const target = url("scorecard.summary", { workspaceId: team.workspaceId });
    const before = await get(team.members.admin.id, target);
    // Another instance's write: rows and the revision change in the database, nothing in this process is told.
    await insertInitiative(db, team.workspaceId, { title: "Gamma" });
    await db
      .update(workspaces)
      .set({ revision: sql`${workspaces.revision} + 1` })
      .where(eq(workspaces.id, team.workspaceId));
    const after = await get(team.members.admin.id, target);
    expect(after.body).not.toBe(before.body);
    expect(JSON.parse(after.body).result.data.headline.initiatives).toBe(2);
  });

  it("never serves a cached answer to someone outside the workspace, or signed out", async () => {
    const target = url("scorecard.rows", { workspaceId: team.workspaceId, limit: 25, offset: 0 });
    expect((await get(team.members.viewer.id, target)).status).toBe(200);
    const outsider = (await makeWorkspace(db)).admin;
    const denied = await get(outsider.id, target);
    expect(denied.status).toBe(404);
    expect(denied.body).not.toContain('"items"');
    expect((await get(null, target)).status).toBe(401);
  });

  it("stops serving a member the moment they are removed", async () => {
    const target = url("scorecard.rows", { workspaceId: team.workspaceId, limit: 25, offset: 0 });
    expect((await get(team.members.tracker.id, target)).status).toBe(200);
    await db.delete(memberships).where(eq(memberships.userId, team.members.tracker.id));
    expect((await get(team.members.tracker.id, target)).status).toBe(404);
  });

  it("answers batches, and leaves batches with other procedures or workspaces to tRPC", async () => {
    const other = await makeWorkspace(db);
    const ws = team.workspaceId;
    const batch = url("scorecard.summary,scorecard.rows", { 0: { workspaceId: ws }, 1: { workspaceId: ws, limit: 5, offset: 0 } }, true);
    const first = await get(team.members.admin.id, batch);
    expect(first.status).toBe(200);
    expect((await get(team.members.admin.id, batch)).body).toBe(first.body);
    const mixed = url("scorecard.summary,scorecard.summary", { 0: { workspaceId: ws }, 1: { workspaceId: other.workspace.id } }, true);
    const res = await get(team.members.admin.id, mixed);
    // tRPC answers each call: the first is fine, the second is not found (207 multi-status).
    expect(res.status).toBe(207);
    expect(res.body).toContain("NOT_FOUND");
    const withList = url("scorecard.summary,category.list", { 0: { workspaceId: ws }, 1: { workspaceId: ws, limit: 10, offset: 0 } }, true);
    expect((await get(team.members.admin.id, withList)).status).toBe(200);
  });

  it("does not cache errors: a bad input keeps getting its own message", async () => {
    const target = url("scorecard.rows", { workspaceId: team.workspaceId, limit: 100_000, offset: 0 });
    const first = await get(team.members.admin.id, target);
    expect(first.status).toBe(400);
    await insertInitiative(db, team.workspaceId, { title: "Alpha" });
    expect((await get(team.members.admin.id, target)).status).toBe(400);
  });

  it("tags every answer with a request id, keeping a plain one the caller sent", async () => {
    const target = url("scorecard.summary", { workspaceId: team.workspaceId });
    const mine = await get(team.members.admin.id, target, { "x-request-id": "trace-123" });
    expect(mine.requestId).toBe("trace-123");
    const odd = await get(team.members.admin.id, target, { "x-request-id": "bad id with spaces" });
    expect(odd.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
