import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { initiatives } from "@/db/schema";
import { createTestDb } from "../../helpers/db";
import { makeCategory } from "../../helpers/customer-factories";
import { insertInitiative } from "../../helpers/initiative-factories";
import { z } from "zod";
import { handleApiRequest } from "@/server/api/handle";
import { operationById } from "@/server/api/operations";
import { insertPeriods } from "../../helpers/initiative-factories";
import { api, dataDigest as digest, serveFrom, teamWithTokens } from "./support";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
  serveFrom(db);
});

type Body = { data: Record<string, unknown>; error?: { code: string; message: string; fields?: Record<string, string[]> } };

describe("token scopes", () => {
  it("a read token reads but cannot write: 403, and nothing changes", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read");
    const row = await insertInitiative(db, team.workspaceId, { title: "Same-day loan car" });
    expect((await api("GET", `/initiatives/${row.id}`, { token })).status).toBe(200);
    const before = await digest(db);
    const created = await api("POST", "/initiatives", { token, body: { title: "Online booking" } });
    expect(created.status).toBe(403);
    expect(created.body).toEqual({
      error: { code: "forbidden", message: "This token has read access only: creating or changing data needs a read_write token." },
    });
    const updated = await api("PATCH", `/initiatives/${row.id}`, { token, body: { version: 1, title: "Changed" } });
    expect(updated.status).toBe(403);
    expect(await digest(db)).toEqual(before);
  });

  it("a read token learns nothing from validation: an invalid body is still 403", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read");
    const refused = await api("POST", "/initiatives", { token, body: { title: "" } });
    expect(refused.status).toBe(403);
  });

  it("a read_write token creates and updates as an editor, audited under the admin who made it", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read_write");
    const created = await api("POST", "/initiatives", {
      token,
      body: { title: "Online booking", costReduction: { low: 10_000, likely: 20_000, high: 30_000 }, effort: 3 },
    });
    expect(created.status).toBe(201);
    const data = (created.body as Body).data;
    expect(data).toMatchObject({ title: "Online booking", status: "proposed", effort: 3, version: 1 });
    expect(data.costReduction).toEqual({ low: 10_000, likely: 20_000, high: 30_000 });
    const updated = await api("PATCH", `/initiatives/${String(data.id)}`, { token, body: { version: 1, title: "Online booking 24/7" } });
    expect(updated.status).toBe(200);
    expect((updated.body as Body).data).toMatchObject({ title: "Online booking 24/7", version: 2 });
    const [row] = await db
      .select()
      .from(initiatives)
      .where(eq(initiatives.id, String(data.id)));
    expect(row).toMatchObject({ title: "Online booking 24/7", createdBy: team.members.admin.id });
  });

  it("a read_write token cannot do what an editor cannot (approve through a status change)", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read_write");
    const row = await insertInitiative(db, team.workspaceId, { title: "Needs approval" });
    const refused = await api("PATCH", `/initiatives/${row.id}`, { token, body: { version: 1, status: "approved" } });
    expect(refused.status).toBe(403);
    expect((await db.select().from(initiatives).where(eq(initiatives.id, row.id)))[0]!.status).toBe("proposed");
  });

  it("a retried create with the same Idempotency-Key answers the first initiative, not a second", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read_write");
    const headers = { "idempotency-key": "retry-0001" };
    const first = await api("POST", "/initiatives", { token, body: { title: "Once" }, headers });
    const second = await api("POST", "/initiatives", { token, body: { title: "Once" }, headers });
    expect(first.status).toBe(201);
    expect((second.body as Body).data.id).toBe((first.body as Body).data.id);
    expect(await db.select().from(initiatives)).toHaveLength(1);
  });
});

describe("a token never reaches another workspace", () => {
  it("answers 404 for another workspace's rows, lists only its own, and cannot change theirs", async () => {
    const mine = await teamWithTokens(db);
    const theirs = await teamWithTokens(db);
    const { token } = await mine.makeToken("read_write");
    await makeCategory(db, mine.workspaceId, { name: "Ours" });
    const their = await makeCategory(db, theirs.workspaceId, { name: "Theirs" });
    const theirInitiative = await insertInitiative(db, theirs.workspaceId, { title: "Their plan" });

    const get = await api("GET", `/categories/${their.id}`, { token });
    expect(get.status).toBe(404);
    expect(get.body).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    expect((await api("GET", `/initiatives/${theirInitiative.id}`, { token })).status).toBe(404);
    const list = await api("GET", "/categories", { token });
    expect((list.body as { data: { name: string }[] }).data.map((c) => c.name)).toEqual(["Ours"]);

    const before = await digest(db);
    expect((await api("PATCH", `/initiatives/${theirInitiative.id}`, { token, body: { version: 1, title: "Hijacked" } })).status).toBe(404);
    expect((await api("GET", `/canvases?categoryId=${their.id}`, { token })).status).toBe(404);
    expect(await digest(db)).toEqual(before);
  });
});

describe("errors", () => {
  it("answers a refused body with 422, the error code, a plain message and each field", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read_write");
    const refused = await api("POST", "/initiatives", { token, body: { title: "", effort: -1 } });
    expect(refused.status).toBe(422);
    const error = (refused.body as Body).error!;
    expect(error.code).toBe("invalid");
    expect(error.message).toContain("Give the initiative a title");
    expect(error.fields).toEqual({ title: ["Give the initiative a title"], effort: ["Effort must be more than 0"] });
    expect(await db.select().from(initiatives)).toHaveLength(0);
  });

  it("answers malformed requests with 400 and says what is wrong", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read_write");
    const notJson = await api("POST", "/initiatives", { token, rawBody: "{title:", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(400);
    expect((notJson.body as Body).error).toEqual({ code: "bad_request", message: "The request body is not valid JSON." });
    const unknownParam = await api("GET", "/categories?limt=5", { token });
    expect(unknownParam.status).toBe(400);
    expect((unknownParam.body as Body).error!.message).toBe('Unknown query parameter "limt". This operation takes: limit, cursor.');
    const badCursor = await api("GET", "/categories?cursor=not-a-cursor", { token });
    expect(badCursor.status).toBe(400);
    expect((badCursor.body as Body).error!.message).toContain("This cursor is not one the API gave out");
  });

  it("answers a stale version with 409", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read_write");
    const row = await insertInitiative(db, team.workspaceId, { title: "First" });
    expect((await api("PATCH", `/initiatives/${row.id}`, { token, body: { version: 1, title: "Second" } })).status).toBe(200);
    const stale = await api("PATCH", `/initiatives/${row.id}`, { token, body: { version: 1, title: "Third" } });
    expect(stale.status).toBe(409);
    expect((stale.body as Body).error!.code).toBe("conflict");
  });

  it("answers 500, not 422, when an answer would not fit its documented schema", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read");
    await insertPeriods(db, team.workspaceId, ["2026-07-01"]);
    const broken = { ...operationById("listPeriods"), response: z.object({ quarter: z.string() }) };
    const request = new Request("http://127.0.0.1/api/v1/periods", {
      headers: { authorization: `Bearer ${token}`, "x-request-id": "walk-1" },
    });
    const response = await handleApiRequest(broken, request, undefined, { db });
    expect(response.status).toBe(500);
    expect(response.headers.get("x-request-id")).toBe("walk-1");
    expect(await response.json()).toEqual({
      error: { code: "internal", message: "Something went wrong on our side. Please try again; if it keeps happening, tell your admin." },
    });
  });
});
