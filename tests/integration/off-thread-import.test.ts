import { insertedRow } from "@/db/database";
import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { initiatives, memberships, workspaces } from "@/db/schema";
import { seedBigWorkspace } from "@/server/demo/big-workspace";
import { buildWorkspaceFile } from "@/server/domain/transfer/workspace-export";
import { IMPORT_ROWS_PER_TRANSACTION, STALE_IMPORT_MS } from "@/server/domain/transfer/workspace-import";
import { workerPools } from "@/server/workers/pools";
import { createSharedTestDb, createTestDb } from "../helpers/db";
import { databaseDigest } from "../helpers/digest";
import { callerFor, makeUser } from "../helpers/factories";
import { failure } from "../helpers/initiative-factories";

/**
 * Issue 16: a workspace import must not hold the request thread. On a
 * database file it runs in the heavy worker; everywhere it writes in short
 * transactions into a workspace nobody can see until the last one.
 */

/** A workspace file of `n` generated initiatives, made in a scratch database. */
async function generatedFile(n: number): Promise<string> {
  const scratch = await createTestDb();
  const owner = await makeUser(scratch);
  const { workspaceId } = await seedBigWorkspace(scratch, { initiatives: n, ownerId: owner.id, slug: "source" });
  return JSON.stringify(await buildWorkspaceFile(scratch, workspaceId));
}

const visibleTo = async (db: Db, userId: string) =>
  (await db.select({ id: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, userId))).map((r) => r.id);

describe("workspace import off the request thread", () => {
  it("runs in the worker on a database other threads can open and gives the same workspace", async () => {
    const { db, close } = await createSharedTestDb();
    const me = await makeUser(db);
    const api = callerFor(db, me.id);
    const file = await generatedFile(120);
    const before = workerPools().heavy.stats.completed;
    const result = await api.transfer.importWorkspace({ file, name: "Imported in the worker" });
    expect(workerPools().heavy.stats.completed - before).toBe(1);
    expect(result.counts.initiatives).toBe(120);
    expect(await visibleTo(db, me.id)).toEqual([result.workspace.id]);
    const stored = await db.select({ n: initiatives.id }).from(initiatives).where(eq(initiatives.workspaceId, result.workspace.id));
    expect(stored).toHaveLength(120);
    const ws = (await db.select().from(workspaces).where(eq(workspaces.id, result.workspace.id)))[0]!;
    expect(ws.importStartedAt).toBeNull();
    // The copy exports to the same file as its source, but for the name and the export time.
    // People of the source are not members here, so what they made keeps no person (as on the request thread).
    const noPeople = (text: string) => {
      const f = JSON.parse(text, (k, v) => (["createdBy", "owner", "author"].includes(k) ? null : v));
      delete f.exportedAt;
      delete f.workspace.name;
      f.workspace.members = [];
      return f;
    };
    expect(noPeople(JSON.stringify(await buildWorkspaceFile(db, result.workspace.id)))).toEqual(noPeople(file));
    await close();
  });

  it("a refused file answers with the same code and field errors from the worker, and leaves nothing behind", async () => {
    const { db, close } = await createSharedTestDb();
    const me = await makeUser(db);
    const api = callerFor(db, me.id);
    const good = JSON.parse(await generatedFile(5));
    const digest = await databaseDigest(db);
    good.workspace.canvases[0].categoryRef = "category-99";
    const e = await failure(api.transfer.importWorkspace({ file: JSON.stringify(good) }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.fieldErrors).toEqual({ "workspace.canvases.0.categoryRef": ["No category with ref “category-99” in the file"] });
    expect(await databaseDigest(db)).toBe(digest);
    await close();
  });

  it("a file refused at the last step (overlapping periods) removes every row it staged", async () => {
    const { db, close } = await createSharedTestDb();
    const me = await makeUser(db);
    const api = callerFor(db, me.id);
    const file = JSON.parse(await generatedFile(40));
    // The first period now ends after the second starts: periods may not overlap, which only the stored rows can tell.
    file.workspace.periods[0].endDate = "2099-12-31";
    const e = await failure(api.transfer.importWorkspace({ file: JSON.stringify(file) }));
    expect(["BAD_REQUEST", "CONFLICT"]).toContain(e.code);
    expect(e.message).toMatch(/overlap/i);
    expect(await db.select().from(workspaces)).toEqual([]);
    expect(await db.select().from(initiatives)).toEqual([]);
    await close();
  });
});

describe("the text rule inside an imported file", () => {
  it("refuses a file whose JSON escapes spell a broken character or a NUL, naming where, and stores nothing", async () => {
    const db = await createTestDb();
    const me = await makeUser(db);
    const api = callerFor(db, me.id);
    const good = await generatedFile(3);
    const digest = await databaseDigest(db);
    // The request's text is well formed: the escapes only become a lone surrogate or a NUL once the file is parsed.
    const surrogate = good.replace(/"title":"([^"]*)"/, '"title":"$1\\ud800"');
    const nul = good.replace(/"need":"([^"]*)"/, '"need":"$1\\u0000"');
    const e1 = await failure(api.transfer.importWorkspace({ file: surrogate }));
    expect(e1.code).toBe("BAD_REQUEST");
    expect(e1.message).toMatch(
      /^The workspace file cannot be imported: workspace\.canvases\.0\.title: This text contains a broken character/,
    );
    const e2 = await failure(api.transfer.importWorkspace({ file: nul }));
    expect(e2.message).toMatch(
      /^The workspace file cannot be imported: workspace\.categories\.0\.need: This text contains a NUL character/,
    );
    expect(await databaseDigest(db)).toBe(digest);
  });
});

describe("staged writing (any database)", () => {
  it("serves other work between its short transactions, and nobody sees the half-made workspace", async () => {
    const db = await createTestDb();
    const me = await makeUser(db);
    const api = callerFor(db, me.id);
    const n = 3 * IMPORT_ROWS_PER_TRANSACTION;
    const file = await generatedFile(n);
    const seen: { staged: number; visible: number; initiatives: number }[] = [];
    let done = false;
    const importing = api.transfer.importWorkspace({ file }).finally(() => (done = true));
    while (!done) {
      await new Promise((r) => setImmediate(r));
      seen.push({
        staged: (await db.select().from(workspaces).where(isNotNull(workspaces.importStartedAt))).length,
        visible: (await visibleTo(db, me.id)).length,
        initiatives: (await db.select({ id: initiatives.id }).from(initiatives)).length,
      });
    }
    const result = await importing;
    const during = seen.filter((s) => s.staged === 1);
    // Several turns of the event loop ran while rows were being written...
    expect(new Set(during.map((s) => s.initiatives)).size).toBeGreaterThan(2);
    // ...and in none of them could the importer open the workspace.
    expect(during.every((s) => s.visible === 0)).toBe(true);
    expect(await visibleTo(db, me.id)).toEqual([result.workspace.id]);
  });

  it("removes what a crashed import left behind", async () => {
    const db = await createTestDb();
    const me = await makeUser(db);
    const api = callerFor(db, me.id);
    const crashed = await insertedRow(
      db
        .insert(workspaces)
        .values({ name: "Half imported", slug: "half", importStartedAt: Date.now() - STALE_IMPORT_MS - 1_000 })
        .returning(),
    );
    await db.insert(initiatives).values({ workspaceId: crashed.id, title: "Left behind" });
    const recent = await insertedRow(
      db.insert(workspaces).values({ name: "Importing now", slug: "now", importStartedAt: Date.now() }).returning(),
    );
    await api.transfer.importWorkspace({ file: await generatedFile(3) });
    const left = (await db.select({ id: workspaces.id }).from(workspaces)).map((w) => w.id);
    expect(left).not.toContain(crashed.id);
    expect(left).toContain(recent.id);
    expect(await db.select().from(initiatives).where(eq(initiatives.workspaceId, crashed.id))).toEqual([]);
  });
});
