import { sqliteConnection } from "@/db/registry";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TimeoutError,
  TooManyRequestsError,
  UnavailableError,
  ValidationError,
  isDomainError,
} from "@/server/domain/errors";
import { ScoringInputError } from "@/server/scoring";
import { toTRPCError } from "@/server/trpc/errors";
import { errorFromWorker, errorToWorkerReply } from "@/server/workers/error-transfer";
import { WorkerPool } from "@/server/workers/pool";
import { makeUser } from "../helpers/factories";

/** A simulation big enough to keep the worker busy for a while. */
function busyWork(initiatives: number) {
  return {
    model: {
      weights: { experience: 40, cost: 30, revenue: 30 },
      materialAmount: { cost: 1, revenue: 1 },
      revenueMargin: 0,
      discountRate: 0,
      horizonYears: 1,
    },
    categories: [{ id: "c", weight: 1 }],
    moments: [{ id: "m", categoryId: "c", importance: 3, performance: 2, volumePerYear: 1000, costPerInteraction: 1 }],
    initiatives: Array.from({ length: initiatives }, (_, k) => ({
      id: `i${k}`,
      costReduction: { low: 1, likely: 2, high: 3 },
      revenueGrowth: { low: 1, likely: 2, high: 3 },
      investment: 10,
      effort: 1,
      durationPeriods: 1,
      confidence: 0.8,
      effects: [{ momentId: "m", effect: 1 }],
      dependsOn: [],
      status: "proposed",
    })),
  };
}

function pool(maxQueued: number, timeoutMs = 60_000, maxQueuedPerTenant = maxQueued) {
  return new WorkerPool({
    name: "Test",
    maxQueued,
    maxQueuedPerTenant,
    tenantBusyMessage: "Your workspace already has work waiting.",
    timeoutMs,
    busyMessage: "Busy: try again in a moment.",
    timeoutError: (s) => new TimeoutError(`Stopped after ${s} s`),
    retryAfterSeconds: 7,
  });
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("the worker pool", () => {
  it("refuses at once with 429 and Retry-After when its queue is full", async () => {
    const p = pool(1);
    const running = p.run("simulate", { input: busyWork(300), options: { runs: 2_000, seed: 1 } });
    const queued = p.run("simulate", { input: busyWork(10), options: { runs: 100, seed: 1 } });
    const refused = await p.run("simulate", { input: busyWork(10), options: { runs: 100, seed: 1 } }).catch((e: unknown) => e);
    expect(isDomainError(refused)).toBe(true);
    expect(toTRPCError(refused)?.code).toBe("TOO_MANY_REQUESTS");
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBe(7);
    expect(p.stats.refused).toBe(1);
    await expect(running).resolves.toHaveLength(300);
    await expect(queued).resolves.toHaveLength(10);
  });

  it("one tenant cannot take the whole queue: its own jobs are refused first, others still get in", async () => {
    const p = pool(4, 60_000, 1);
    const running = p.run("simulate", { input: busyWork(300), options: { runs: 2_000, seed: 1 } }, undefined, "tenant-a");
    const waitingA = p.run("simulate", { input: busyWork(10), options: { runs: 100, seed: 1 } }, undefined, "tenant-a");
    const refusedA = await p
      .run("simulate", { input: busyWork(10), options: { runs: 100, seed: 1 } }, undefined, "tenant-a")
      .catch((e: unknown) => e);
    expect(toTRPCError(refusedA)?.code).toBe("TOO_MANY_REQUESTS");
    expect((refusedA as Error).message).toBe("Your workspace already has work waiting.");
    const waitingB = p.run("simulate", { input: busyWork(7), options: { runs: 100, seed: 1 } }, undefined, "tenant-b");
    await expect(waitingB).resolves.toHaveLength(7);
    await expect(running).resolves.toHaveLength(300);
    await expect(waitingA).resolves.toHaveLength(10);
  });

  it("stops a job past its time budget, answers TIMEOUT, and the next job gets a fresh worker", async () => {
    const p = pool(4);
    const overrun = await p.run("simulate", { input: busyWork(2_000), options: { runs: 5_000, seed: 1 } }, 50).catch((e: unknown) => e);
    expect(toTRPCError(overrun)?.code).toBe("SERVICE_UNAVAILABLE");
    expect((overrun as Error).message).toBe("Stopped after 0 s");
    expect(p.stats.timedOut).toBe(1);
    await expect(p.run("simulate", { input: busyWork(5), options: { runs: 100, seed: 1 } })).resolves.toHaveLength(5);
    expect(p.stats.workerThreadIds).toHaveLength(2);
  });

  it("brings a domain error thrown in the worker back with its code and field errors", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tc-pool-"));
    dirs.push(dir);
    const db = openDatabase(path.join(dir, "tc.db"));
    await applyMigrations(db);
    const me = await makeUser(db);
    const error = await pool(2)
      .run("importWorkspace", { dbFile: path.join(dir, "tc.db"), userId: me.id, input: { file: "{not json" } })
      .catch((e: unknown) => e);
    const mapped = toTRPCError(error);
    expect(mapped?.code).toBe("BAD_REQUEST");
    expect(mapped?.message).toMatch(/^The workspace file cannot be imported: This is not JSON/);
    expect((error as ValidationError).fieldErrors).toEqual({ "": [expect.stringMatching(/^This is not JSON/)] });
    sqliteConnection(db).close();
  });
});

describe("errors across the worker boundary", () => {
  const cases: [string, Error, string][] = [
    ["not found", new NotFoundError("Initiative"), "NOT_FOUND"],
    ["forbidden", new ForbiddenError("Your role (viewer) cannot import data."), "FORBIDDEN"],
    ["conflict", new ConflictError("Changed by Ann", { currentVersion: 3, changedBy: "Ann", changedAt: 1_700_000_000_000 }), "CONFLICT"],
    ["invalid", new ValidationError("Title: at most 200 characters", { title: ["At most 200"] }), "BAD_REQUEST"],
    ["busy", new TooManyRequestsError("Busy", 9), "TOO_MANY_REQUESTS"],
    ["timeout", new TimeoutError("Too long"), "SERVICE_UNAVAILABLE"],
    ["unavailable", new UnavailableError("No Chromium"), "SERVICE_UNAVAILABLE"],
  ];

  it.each(cases)("%s keeps its code, message and details", (_name, original, trpcCode) => {
    // Structured clone is what postMessage does to the reply.
    const rebuilt = errorFromWorker(structuredClone(errorToWorkerReply(original)));
    expect(toTRPCError(rebuilt)?.code).toBe(trpcCode);
    expect(rebuilt.message).toBe(original.message);
    const o = original as Error & { fieldErrors?: unknown; details?: unknown; retryAfterSeconds?: unknown };
    const r = rebuilt as Error & { fieldErrors?: unknown; details?: unknown; retryAfterSeconds?: unknown };
    expect([r.fieldErrors, r.details, r.retryAfterSeconds]).toEqual([o.fieldErrors, o.details, o.retryAfterSeconds]);
  });

  it("the engine's input error keeps its issues; anything else becomes an unexpected error", () => {
    const issues = [{ path: "model.weights", ids: [], message: "Weights must add up to 100" }];
    const rebuilt = errorFromWorker(structuredClone(errorToWorkerReply(new ScoringInputError(issues))));
    expect(rebuilt).toBeInstanceOf(ScoringInputError);
    expect((rebuilt as ScoringInputError).issues).toEqual(issues);
    const other = errorFromWorker(structuredClone(errorToWorkerReply(new RangeError("boom"))));
    expect(toTRPCError(other)).toBeNull();
    expect(other.message).toBe("RangeError: boom");
  });
});
