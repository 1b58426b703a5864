// A client that retries a create after a lost response must not duplicate
// the row: the same idempotency key returns the first answer.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

const KEY = "3f0c9a52-7d1e-4a59-9d7b-2c4f1e6a8b90";

async function titles() {
  const page = await team.as.viewer.initiative.list({ workspaceId: team.workspaceId });
  return page.items.map((i) => i.title).sort();
}

describe("idempotent creates", () => {
  it("a retried create with the same key returns the first result and adds no row", async () => {
    const first = await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "Same-day repair", idempotencyKey: KEY });
    const retry = await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "Same-day repair", idempotencyKey: KEY });
    expect(retry.id).toBe(first.id);
    expect(await titles()).toEqual(["Same-day repair"]);
  });

  it("creates twice without a key (a person may really want two)", async () => {
    await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "Courtesy car" });
    await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "Courtesy car" });
    expect(await titles()).toEqual(["Courtesy car", "Courtesy car"]);
  });

  it("keys are per person: another member's same key creates its own row", async () => {
    await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "A", idempotencyKey: KEY });
    await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: "B", idempotencyKey: KEY });
    expect(await titles()).toEqual(["A", "B"]);
  });

  it("refuses a key reused for another kind of request", async () => {
    await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "A", idempotencyKey: KEY });
    await expect(
      team.as.editor.category.create({ workspaceId: team.workspaceId, name: "Busy parents", need: "Speed", idempotencyKey: KEY }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const cats = await team.as.viewer.category.list({ workspaceId: team.workspaceId });
    expect(cats.total).toBe(0);
  });

  it("refuses a malformed key before anything is created", async () => {
    await expect(
      team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "A", idempotencyKey: "short" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await titles()).toEqual([]);
  });

  it("covers a workspace create too", async () => {
    const a = await team.as.editor.workspace.create({ name: "Second shop", idempotencyKey: KEY });
    const b = await team.as.editor.workspace.create({ name: "Second shop", idempotencyKey: KEY });
    expect(b.id).toBe(a.id);
  });

  it("a retry while the first is still running is told to try again, and creates nothing", async () => {
    // The first request's claim, as another instance holds it while its create runs.
    await db.insert(idempotencyKeys).values({
      userId: team.members.editor.id,
      key: KEY,
      scope: "initiative.create",
      response: { $pending: true },
      createdAt: Date.now(),
    });
    const retry = await team.as.editor.initiative
      .create({ workspaceId: team.workspaceId, title: "Same-day repair", idempotencyKey: KEY })
      .then(
        () => null,
        (e: { code?: string; message?: string }) => e,
      );
    expect([retry?.code, retry?.message]).toEqual(["CONFLICT", "The same request is still being processed; try again in a moment."]);
    expect(await titles()).toEqual([]);
  });

  it("a claim left pending by a process that died frees the key after two minutes", async () => {
    await db.insert(idempotencyKeys).values({
      userId: team.members.editor.id,
      key: KEY,
      scope: "initiative.create",
      response: { $pending: true },
      createdAt: Date.now() - 3 * 60 * 1000,
    });
    const created = await team.as.editor.initiative.create({
      workspaceId: team.workspaceId,
      title: "Same-day repair",
      idempotencyKey: KEY,
    });
    const retry = await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "Same-day repair", idempotencyKey: KEY });
    expect(retry.id).toBe(created.id);
    expect(await titles()).toEqual(["Same-day repair"]);
  });

  it("a create that fails gives the key back: the corrected retry creates", async () => {
    const refused = await team.as.editor.initiative
      .create({ workspaceId: team.workspaceId, title: "Same-day repair", ownerId: "NoSuchMember1234", idempotencyKey: KEY })
      .then(
        () => null,
        (e: { code?: string }) => e,
      );
    expect(refused?.code).toBeDefined();
    const created = await team.as.editor.initiative.create({
      workspaceId: team.workspaceId,
      title: "Same-day repair",
      idempotencyKey: KEY,
    });
    expect(created.title).toBe("Same-day repair");
    expect(await titles()).toEqual(["Same-day repair"]);
  });
});
