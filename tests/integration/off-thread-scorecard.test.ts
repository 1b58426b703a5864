import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { memberships } from "@/db/schema";
import { seedBigWorkspace } from "@/server/demo/big-workspace";
import { decisionSnapshots } from "@/server/domain/decision/snapshot";
import { workerPools } from "@/server/workers/pools";
import { SCORECARD_READS } from "@/server/workers/scorecard-reads";
import { createSharedTestDb, createTestDb } from "../helpers/db";
import { callerFor, makeUser } from "../helpers/factories";
import { failure } from "../helpers/initiative-factories";

/**
 * Issue 16: a large workspace's scorecard is computed in the heavy worker
 * thread, not on the request thread, and every read gives exactly what the
 * request thread would. The threshold is lowered to 60 initiatives here so
 * the comparison stays quick; the workspace has 80.
 */
let close: () => Promise<void>;
let db: Db;
let workspaceId: string;
let api: Awaited<ReturnType<typeof callerFor>>;
let viewer: Awaited<ReturnType<typeof callerFor>>;
/** An initiative of the big workspace, for reads about one initiative. */
let firstId: string;

beforeAll(async () => {
  ({ db, close } = await createSharedTestDb());
  const owner = await makeUser(db);
  const seeded = await seedBigWorkspace(db, { initiatives: 80, ownerId: owner.id, slug: "big" });
  workspaceId = seeded.workspaceId;
  api = callerFor(db, owner.id);
  const other = await makeUser(db);
  await db.insert(memberships).values({ workspaceId, userId: other.id, role: "viewer" });
  viewer = callerFor(db, other.id);
  firstId = (await api.initiative.list({ workspaceId, sort: "title", dir: "asc", limit: 1, offset: 0 })).items[0]!.id;
});

afterAll(async () => {
  delete process.env.OFF_THREAD_FROM_INITIATIVES;
  await close();
});

/** Changes one text field of the first initiative by title, through the API. */
async function renameFirst(field: "title" | "department", value: string) {
  const first = (await api.initiative.list({ workspaceId, sort: "title", dir: "asc", limit: 1, offset: 0 })).items[0]!;
  const full = await api.initiative.get({ workspaceId, id: first.id });
  await api.initiative.update({ workspaceId, id: first.id, version: full.version, [field]: value });
}

/** Calls `fn` with the scorecard on this thread, then in the worker; returns both answers and how many worker jobs ran. */
async function bothWays<T>(fn: () => Promise<T>) {
  process.env.OFF_THREAD_FROM_INITIATIVES = "1000000";
  const before = workerPools().heavy.stats.completed;
  const here = await fn();
  const afterHere = workerPools().heavy.stats.completed;
  process.env.OFF_THREAD_FROM_INITIATIVES = "60";
  const there = await fn();
  const afterThere = workerPools().heavy.stats.completed;
  return { here, there, workerJobsHere: afterHere - before, workerJobsThere: afterThere - afterHere };
}

describe("scorecard reads of a large workspace run in the worker thread", () => {
  const cases: [string, () => Promise<unknown>][] = [
    ["scorecard.summary", () => api.scorecard.summary({ workspaceId })],
    ["scorecard.rows", () => api.scorecard.rows({ workspaceId, limit: 25, offset: 5, search: "1" })],
    ["scorecard.roadmap", () => api.scorecard.roadmap({ workspaceId })],
    ["scorecard.planVsRealised", () => api.scorecard.planVsRealised({ workspaceId })],
    ["scorecard.benefits", () => api.scorecard.benefits({ workspaceId })],
    ["scorecard.departmentCalibration", () => api.scorecard.departmentCalibration({ workspaceId, initiativeId: firstId })],
    ["scorecard.get", () => api.scorecard.get({ workspaceId })],
    ["initiative.list by value", () => api.initiative.list({ workspaceId, sort: "value", dir: "desc", limit: 20, offset: 0 })],
    ["transfer.exportCsv scorecard", () => api.transfer.exportCsv({ workspaceId, kind: "scorecard" })],
    ["transfer.exportCsv initiatives", () => api.transfer.exportCsv({ workspaceId, kind: "initiatives" })],
    ["transfer.exportCsv moments", () => api.transfer.exportCsv({ workspaceId, kind: "moments" })],
    [
      "transfer.workspaceFile",
      () => api.transfer.workspaceFile({ workspaceId }).then((f) => ({ ...f, content: { ...JSON.parse(f.content), exportedAt: "-" } })),
    ],
    ["transfer.report", () => api.transfer.report({ workspaceId }).then((r) => ({ ...r, generatedAt: "-" }))],
    [
      "scoringModel.preview",
      () =>
        api.scoringModel.preview({
          workspaceId,
          weights: { experience: 60, cost: 20, revenue: 20 },
          materialAmount: { cost: 100_000, revenue: 100_000 },
          revenueMargin: 0.3,
          discountRate: 0.08,
          horizonYears: 3,
        }),
    ],
  ];

  it.each(cases)("%s gives the same answer from the worker", async (_name, fn) => {
    const { here, there, workerJobsHere, workerJobsThere } = await bothWays(fn);
    expect(workerJobsHere).toBe(0);
    expect(workerJobsThere).toBe(1);
    expect(there).toEqual(here);
  });

  it("a decision's figures (decision.snapshot) are the same from the worker", async () => {
    const ids = (await api.initiative.list({ workspaceId, sort: "title", dir: "asc", limit: 3, offset: 0 })).items.map((i) => i.id);
    const ctx = { db, userId: "reader", workspaceId, role: "admin" as const };
    const { here, there, workerJobsHere, workerJobsThere } = await bothWays(() => decisionSnapshots(ctx, ids));
    expect(workerJobsHere).toBe(0);
    expect(workerJobsThere).toBe(1);
    expect(there).toEqual(here);
    expect([...here.figures.values()].every((f) => f.scored)).toBe(true);
  });

  it("scorecard.simulate gives the same answer from the worker", async () => {
    process.env.OFF_THREAD_FROM_INITIATIVES = "1000000";
    const here = await api.scorecard.simulate({ workspaceId, runs: 100, seed: 7 });
    // Results are cached per state of the data: a change that leaves the simulation's input as it was makes a new state.
    await renameFirst("department", "Renamed department");
    process.env.OFF_THREAD_FROM_INITIATIVES = "60";
    const before = workerPools().heavy.stats.completed;
    const there = await api.scorecard.simulate({ workspaceId, runs: 100, seed: 7 });
    expect(workerPools().heavy.stats.completed - before).toBe(1);
    expect(there.rows.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  });

  it("plan.choice gives the same plan from the worker; the solver never runs on the request thread", async () => {
    const first = (await api.initiative.list({ workspaceId, sort: "title", dir: "asc", limit: 1, offset: 0 })).items[0]!;
    const department = (await api.initiative.get({ workspaceId, id: first.id })).department;
    // The two renames move the first initiative's version; nothing else of the plan may differ.
    const comparable = (view: Awaited<ReturnType<typeof api.plan.choice>>) => ({
      ...view,
      stateKey: "-",
      solveMs: 0,
      items: view.items.map((i) => ({ ...i, version: 0 })),
    });
    for (const mode of ["greedy", "optimal"] as const) {
      process.env.OFF_THREAD_FROM_INITIATIVES = "1000000";
      const before = workerPools().heavy.stats.completed;
      const here = await api.plan.choice({ workspaceId, mode });
      const jobsHere = workerPools().heavy.stats.completed - before;
      // Plans are cached per state: two changes that end where they began make a new state with the same plan.
      await renameFirst("department", "Renamed for a moment");
      await renameFirst("department", department);
      process.env.OFF_THREAD_FROM_INITIATIVES = "60";
      const middle = workerPools().heavy.stats.completed;
      const there = await api.plan.choice({ workspaceId, mode });
      // On the request thread the optimal plan is still solved in the worker (one job); greedy needs none.
      expect(jobsHere).toBe(mode === "optimal" ? 1 : 0);
      expect(workerPools().heavy.stats.completed - middle).toBe(1);
      expect(there.stateKey).not.toBe(here.stateKey);
      if (mode === "greedy") {
        expect(comparable(there)).toEqual(comparable(here));
      } else {
        // A solve that reaches its time limit may stop at another incumbent: the inputs and the baseline must agree.
        expect(there.greedyObjective).toBe(here.greedyObjective);
        expect(there.periods.map((p) => p.capacity)).toEqual(here.periods.map((p) => p.capacity));
        expect(there.objective).toBeGreaterThanOrEqual(there.greedyObjective - 1e-9);
        if (there.status === "optimal" && here.status === "optimal") expect(there.objective).toBeCloseTo(here.objective, 6);
      }
    }
  });

  it("share links read the scorecard in the worker too", async () => {
    const link = await api.share.create({ workspaceId, expiresInDays: 7 });
    const anonymous = callerFor(db, null);
    const { here, there, workerJobsThere } = await bothWays(() => anonymous.share.view({ token: link.token }));
    expect(workerJobsThere).toBe(1);
    expect(there).toEqual(here);
  });

  it("the worker sees a change made on the request thread at once", async () => {
    process.env.OFF_THREAD_FROM_INITIATIVES = "60";
    const search = { workspaceId, limit: 25, offset: 0, search: "renamed by the test" };
    expect((await api.scorecard.rows(search)).total).toBe(0);
    await renameFirst("title", "Renamed by the test");
    const after = await api.scorecard.rows(search);
    expect(after.items.map((r) => r.title)).toEqual(["Renamed by the test"]);
    process.env.OFF_THREAD_FROM_INITIATIVES = "1000000";
    expect(await api.scorecard.rows(search)).toEqual(after);
  });

  it("the same read asked twice at once is computed once", async () => {
    process.env.OFF_THREAD_FROM_INITIATIVES = "60";
    await renameFirst("department", "Asked twice at once"); // a new state, so nothing is cached yet
    const before = workerPools().heavy.stats.completed;
    const [one, two] = await Promise.all([api.scorecard.summary({ workspaceId }), viewer.scorecard.summary({ workspaceId })]);
    expect(workerPools().heavy.stats.completed - before).toBe(1);
    expect(two).toEqual(one);
  });

  it("a refused permission is refused before any work is queued", async () => {
    process.env.OFF_THREAD_FROM_INITIATIVES = "60";
    const before = workerPools().heavy.stats.completed;
    await expect(viewer.transfer.importCsv({ workspaceId, kind: "initiatives", csv: "title\nx" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(workerPools().heavy.stats.completed).toBe(before);
  });

  it("sends every row at once only up to 2,000 initiatives, and says what to do instead", async () => {
    const mem = await createTestDb();
    const owner = await makeUser(mem);
    const big = await seedBigWorkspace(mem, { initiatives: 2_001, ownerId: owner.id, slug: "too-big" });
    const caller = callerFor(mem, owner.id);
    const get = await failure(caller.scorecard.get({ workspaceId: big.workspaceId }));
    expect([get.code, get.message]).toEqual([
      "BAD_REQUEST",
      "This workspace has 2,001 initiatives, too many to load at once (at most 2,000). Export the scorecard as CSV instead.",
    ]);
    const file = await failure(caller.transfer.exportWorkspace({ workspaceId: big.workspaceId }));
    expect(file.message).toBe(
      "This workspace has 2,001 initiatives, too many to send in one answer (at most 2,000). Download the workspace file instead.",
    );
    const text = await caller.transfer.workspaceFile({ workspaceId: big.workspaceId });
    expect(JSON.parse(text.content).workspace.initiatives).toHaveLength(2_001);
  });

  it("every read the worker knows is one the app defines, each under its own name", () => {
    // Each is exercised above through its procedure; a new read must be added to the registry and to this list.
    expect([...SCORECARD_READS.keys()].sort()).toEqual(
      [
        "decision.snapshot",
        "initiative.glances",
        "plan.choice",
        "plan.robustness",
        "scorecard.benefits",
        "scorecard.departmentCalibration",
        "scorecard.full",
        "scorecard.planVsRealised",
        "scorecard.roadmap",
        "scorecard.rows",
        "scorecard.simulate",
        "scorecard.summary",
        "scoringModel.preview",
        "share.view",
        "transfer.csv",
        "transfer.report",
        "transfer.workspaceFile",
      ].sort(),
    );
  });
});
