import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiatives } from "@/db/schema";
import { workerPools } from "@/server/workers/pools";
import { today } from "../shared/clock";
import { databaseTarget } from "../shared/database-target";
import { cachedScorecard, cachedViews, portfolioState, scorecardStateKey } from "./cache";
import { Lru } from "./lru";

/** Initiatives from which a workspace's scorecard is computed in the worker thread (decision 032). */
export const DEFAULT_OFF_THREAD_FROM = 500;

/**
 * The threshold in force: OFF_THREAD_FROM_INITIATIVES when it is a positive
 * whole number. Below it a recompute takes well under 50 ms on the reference
 * machine, less than a round trip to the worker costs in waiting.
 */
export function offThreadFrom(): number {
  const n = Number(process.env.OFF_THREAD_FROM_INITIATIVES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_OFF_THREAD_FROM;
}

/** Where a read finds the scorecard: the database, the workspace, and the state key that names one version of it. */
export type ScorecardSource = { db: Db; workspaceId: string; key: string };

export const sourceScorecard = async (s: ScorecardSource) => await cachedScorecard(s.db, s.workspaceId, s.key);
export const sourceViews = async (s: ScorecardSource) => await cachedViews(s.db, s.workspaceId, s.key);
export const sourcePortfolio = async (s: ScorecardSource) => await portfolioState(s.db, s.workspaceId, s.key);

/**
 * Something derived from a workspace's scorecard. Its result must be small:
 * for a large workspace the read runs where the scorecard lives (the worker
 * thread) and only the result crosses back, since copying the whole
 * scorecard of 10,000 initiatives would itself block the request thread
 * for ~200 ms. Every read is listed in server/workers/scorecard-reads.ts.
 */
export type ScorecardRead<I, O> = { name: string; run: (source: ScorecardSource, input: I) => O };

export function defineScorecardRead<I, O>(name: string, run: (source: ScorecardSource, input: I) => O): ScorecardRead<I, O> {
  return { name, run };
}

/** Initiative counts by state key: one COUNT per change of the workspace, not per read. */
const sizes = new Lru<string, { key: string; initiatives: number }>(1_000);

async function initiativeCount(db: Db, workspaceId: string, key: string): Promise<number> {
  const known = sizes.get(workspaceId);
  if (known?.key === key) return known.initiatives;
  const n = (await db.select({ n: count() }).from(initiatives).where(eq(initiatives.workspaceId, workspaceId)))[0]?.n ?? 0;
  sizes.set(workspaceId, { key, initiatives: n });
  return n;
}

/**
 * Where a workspace's scorecard is read, decided once per request: its state
 * key, the database file a worker could open (null in memory), how many
 * initiatives it has (the cached count) and so whether the worker reads it.
 */
export type ScorecardPlace = { key: string; file: string | null; initiatives: number; offThread: boolean };

export async function scorecardPlace(db: Db, workspaceId: string): Promise<ScorecardPlace> {
  const key = await scorecardStateKey(db, workspaceId);
  const file = databaseTarget(db);
  const initiatives = await initiativeCount(db, workspaceId, key);
  return { key, file, initiatives, offThread: file !== null && initiatives >= offThreadFrom() };
}

/**
 * Runs a scorecard read on this thread for small workspaces and in the heavy
 * worker for large ones, with the same result either way. The worker is
 * given this thread's state key (so it recomputes exactly when this thread
 * would) and today's date (so a test's clock holds there too). A caller that
 * already asked `scorecardPlace` passes it, so the state is read once.
 */
export async function readScorecard<I, O>(
  db: Db,
  workspaceId: string,
  read: ScorecardRead<I, O>,
  input: I,
  options: { timeoutMs?: number; place?: ScorecardPlace } = {},
): Promise<O> {
  const { key, file, offThread } = options.place ?? (await scorecardPlace(db, workspaceId));
  if (!offThread || !file) return read.run({ db, workspaceId, key }, input);
  // The same read of the same state asked again while it waits (a page's parallel queries, a reload, another
  // member): one job answers all, so one busy workspace cannot fill the queue with copies.
  const flightKey = `${file}\u0000${workspaceId}\u0000${key}\u0000${read.name}\u0000${JSON.stringify(input) ?? ""}`;
  const waiting = inFlight.get(flightKey);
  if (waiting) return waiting as Promise<O>;
  const payload = { dbFile: file, workspaceId, key, today: today(), read: read.name, input };
  const job = workerPools()
    .heavy.run<O>("scorecardRead", payload, options.timeoutMs, workspaceId)
    .finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, job);
  return job;
}

/** Reads sent to the worker and not answered yet, by workspace, state, read and input. */
const inFlight = new Map<string, Promise<unknown>>();
