import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { initiatives } from "@/db/schema";
import { seedBigWorkspace } from "@/server/demo/big-workspace";
import { buildWorkspaceFile } from "@/server/domain/transfer/workspace-export";
import { workerPools } from "@/server/workers/pools";
import { createSharedTestDb } from "../helpers/db";
import { callerFor, makeUser } from "../helpers/factories";

/**
 * Issue 18: the heavy worker thread opens its own connection to the same
 * database, a SQLite file or a PostgreSQL URL, and gives what the request
 * thread gives. Runs in both runs of the suite (the timing of the worker on
 * one SQLite connection is in off-thread-*.test.ts).
 */
let db: Db;
let close: () => Promise<void>;
let workspaceId: string;
let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  ({ db, close } = await createSharedTestDb());
  const owner = await makeUser(db);
  workspaceId = (await seedBigWorkspace(db, { initiatives: 80, ownerId: owner.id, slug: "big" })).workspaceId;
  api = callerFor(db, owner.id);
});

afterAll(async () => {
  delete process.env.OFF_THREAD_FROM_INITIATIVES;
  await close();
});

describe("the heavy worker on this run's database", () => {
  it("reads a large workspace's scorecard in the worker, the same as on the request thread", async () => {
    process.env.OFF_THREAD_FROM_INITIATIVES = "1000000";
    const here = await api.scorecard.summary({ workspaceId });
    process.env.OFF_THREAD_FROM_INITIATIVES = "60";
    const before = workerPools().heavy.stats.completed;
    const there = await api.scorecard.roadmap({ workspaceId });
    const summary = await api.scorecard.summary({ workspaceId });
    expect(workerPools().heavy.stats.completed - before).toBe(2);
    expect(summary).toEqual(here);
    expect(there.items.length).toBeGreaterThan(0);
  });

  it("imports a workspace file in the worker, every row stored", async () => {
    const file = JSON.stringify(await buildWorkspaceFile(db, workspaceId));
    const before = workerPools().heavy.stats.completed;
    const result = await api.transfer.importWorkspace({ file, name: "Copied in the worker" });
    expect(workerPools().heavy.stats.completed - before).toBe(1);
    expect(result.counts.initiatives).toBe(80);
    const stored = await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.workspaceId, result.workspace.id));
    expect(stored).toHaveLength(80);
  });
});
