import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { categories } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeWorkspace } from "../helpers/factories";

/**
 * Decision 037: a transaction body awaits between its statements. Another
 * request's statements made meanwhile must neither land inside it (and be
 * rolled back with it) nor see its rows before it commits. On SQLite the
 * connection's gate makes them wait; on PostgreSQL they use another
 * connection. The same test runs on both.
 */
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("an async transaction body", () => {
  it("keeps other requests' writes out of it: its rollback does not take them along", async () => {
    const db = await createTestDb();
    const { workspace } = await makeWorkspace(db);
    const workspaceId = workspace.id;
    const failing = db
      .transaction(async (tx) => {
        await tx.insert(categories).values({ workspaceId, name: "Rolled back", need: "x" });
        await tick(50);
        throw new Error("the command refuses");
      })
      .catch((e: unknown) => e);
    await tick(10);
    // Another request, while the transaction is open (then() starts the query now; a bare builder would wait).
    const outside = db
      .insert(categories)
      .values({ workspaceId, name: "Kept", need: "y" })
      .then(() => undefined);
    expect(await failing).toBeInstanceOf(Error);
    await outside;
    const names = (await db.select({ name: categories.name }).from(categories).where(eq(categories.workspaceId, workspaceId))).map(
      (c) => c.name,
    );
    expect(names).toEqual(["Kept"]);
  });

  it("is not seen half-done by a read made while it is open", async () => {
    const db = await createTestDb();
    const { workspace } = await makeWorkspace(db);
    const workspaceId = workspace.id;
    const writing = db.transaction(async (tx) => {
      await tx.insert(categories).values({ workspaceId, name: "First", need: "x" });
      await tick(50);
      await tx.insert(categories).values({ workspaceId, name: "Second", need: "x" });
    });
    await tick(10);
    const seen = await db.select({ name: categories.name }).from(categories).where(eq(categories.workspaceId, workspaceId));
    await writing;
    expect(await db.select().from(categories).where(eq(categories.workspaceId, workspaceId))).toHaveLength(2);
    // Before the commit (PostgreSQL) or after it (SQLite, where the read waits): never one of the two alone.
    expect([0, 2]).toContain(seen.length);
  });

  it("refuses a transaction opened on the database inside another one, with what to do", async () => {
    const db = await createTestDb();
    const error = await db
      .transaction(async () => {
        await db.transaction(async () => {});
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    if ((await import("@/db/dialect")).activeDialect() === "sqlite") {
      expect((error as Error).message).toBe(
        "A transaction was opened on the database inside another one: use the transaction's handle (tx).",
      );
    } else {
      // PostgreSQL gives the inner transaction a connection of its own: allowed, and it commits on its own.
      expect(error).toBeNull();
    }
  });
});
