import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { comments } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam, makeWorkspace } from "../helpers/factories";
import { auditActions, failure, fieldErrors, makeCanvas, makeComment, makeLinkedInitiative } from "../helpers/customer-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: string;
let canvasId: string;
let initiativeId: string;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = team.workspaceId;
  canvasId = (await makeCanvas(db, ws)).id;
  initiativeId = (await makeLinkedInitiative(db, ws, [])).id;
});

describe("comment.create", () => {
  it("any member but a viewer comments on a canvas or an initiative, audited", async () => {
    for (const role of ["admin", "executive", "editor", "tracker"] as const) {
      const c = await team.as[role].comment.create({ workspaceId: ws, entityType: "canvas", entityId: canvasId, body: `From ${role}` });
      expect(c).toMatchObject({
        entityType: "canvas",
        entityId: canvasId,
        body: `From ${role}`,
        authorId: team.members[role].id,
        authorName: team.members[role].name,
      });
      expect(await auditActions(db, "comment", c.id)).toEqual(["create"]);
    }
    const onInitiative = await team.as.executive.comment.create({
      workspaceId: ws,
      entityType: "initiative",
      entityId: initiativeId,
      body: "Fund it",
    });
    expect(onInitiative.entityType).toBe("initiative");
    expect(
      (await failure(team.as.viewer.comment.create({ workspaceId: ws, entityType: "canvas", entityId: canvasId, body: "Hi" }))).code,
    ).toBe("FORBIDDEN");
    expect(await db.select().from(comments)).toHaveLength(5);
  });

  it("the entity must exist in the workspace", async () => {
    const other = (await makeWorkspace(db)).workspace.id;
    const foreignCanvas = await makeCanvas(db, other);
    const foreignInitiative = await makeLinkedInitiative(db, other, []);
    for (const [entityType, entityId] of [
      ["canvas", "no-such-canvas"],
      ["canvas", foreignCanvas.id],
      ["initiative", foreignInitiative.id],
      ["initiative", canvasId],
    ] as const) {
      expect((await failure(team.as.editor.comment.create({ workspaceId: ws, entityType, entityId, body: "x" }))).code).toBe("NOT_FOUND");
    }
    expect((await failure(team.as.editor.comment.list({ workspaceId: ws, entityType: "canvas", entityId: foreignCanvas.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db.select().from(comments)).toHaveLength(0);
  });

  it.each<[Record<string, unknown>, string, RegExp]>([
    [{ body: "   " }, "body", /Write something/],
    [{ body: "b".repeat(10_001) }, "body", /10,000/],
    [{ body: "ok", entityType: "category" }, "entityType", /initiative, canvas/],
  ])("refuses bad input with a field error (%#)", async (input, field, message) => {
    const error = await failure(
      team.as.editor.comment.create({ workspaceId: ws, entityType: "canvas", entityId: canvasId, ...(input as { body: string }) }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)[field]?.join(" ")).toMatch(message);
  });
});

describe("comment.list", () => {
  it("pages oldest first with author names; every role reads", async () => {
    const t0 = 1_700_000_000_000;
    const third = await makeComment(db, ws, {
      entityType: "canvas",
      entityId: canvasId,
      body: "third",
      authorId: team.members.tracker.id,
      createdAt: t0 + 2,
    });
    const first = await makeComment(db, ws, {
      entityType: "canvas",
      entityId: canvasId,
      body: "first",
      authorId: team.members.editor.id,
      createdAt: t0,
    });
    const second = await makeComment(db, ws, {
      entityType: "canvas",
      entityId: canvasId,
      body: "second",
      authorId: team.members.executive.id,
      createdAt: t0 + 1,
    });
    await makeComment(db, ws, { entityType: "initiative", entityId: initiativeId, body: "elsewhere" });
    const page = await team.as.viewer.comment.list({ workspaceId: ws, entityType: "canvas", entityId: canvasId, limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((c) => [c.id, c.authorName])).toEqual([
      [first.id, team.members.editor.name],
      [second.id, team.members.executive.name],
    ]);
    const rest = await team.as.viewer.comment.list({ workspaceId: ws, entityType: "canvas", entityId: canvasId, limit: 2, offset: 2 });
    expect(rest.items.map((c) => c.id)).toEqual([third.id]);
  });
});

describe("comment.delete", () => {
  it("authors delete their own comments; others may not, except an admin", async () => {
    const mine = await team.as.tracker.comment.create({ workspaceId: ws, entityType: "canvas", entityId: canvasId, body: "mine" });
    expect((await failure(team.as.editor.comment.delete({ workspaceId: ws, id: mine.id }))).code).toBe("FORBIDDEN");
    expect((await failure(team.as.viewer.comment.delete({ workspaceId: ws, id: mine.id }))).code).toBe("FORBIDDEN");
    expect(await team.as.tracker.comment.delete({ workspaceId: ws, id: mine.id })).toEqual({ deleted: true });
    expect(await auditActions(db, "comment", mine.id)).toEqual(["create", "delete"]);

    const theirs = await team.as.executive.comment.create({
      workspaceId: ws,
      entityType: "initiative",
      entityId: initiativeId,
      body: "theirs",
    });
    await team.as.admin.comment.delete({ workspaceId: ws, id: theirs.id });
    expect(await db.select().from(comments)).toHaveLength(0);
  });

  it("another workspace's comment is NOT_FOUND, even for its author's admin elsewhere", async () => {
    const other = await makeWorkspace(db);
    const foreign = await makeComment(db, other.workspace.id, {
      entityType: "canvas",
      entityId: (await makeCanvas(db, other.workspace.id)).id,
      authorId: team.members.admin.id,
    });
    expect((await failure(team.as.admin.comment.delete({ workspaceId: ws, id: foreign.id }))).code).toBe("NOT_FOUND");
    expect(await db.select().from(comments)).toHaveLength(1);
  });
});
