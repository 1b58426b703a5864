import { isMainThread } from "node:worker_threads";
import { workerPools } from "@/server/workers/pools";
import { Lru } from "../scorecard/lru";
import { readScorecard, scorecardPlace, type ScorecardRead } from "../scorecard/read";
import type { WorkspaceCtx } from "../shared/context";

/**
 * Solver work never runs on the request thread: from there it goes to a
 * worker pool with its inputs (no database needed there); inside a worker,
 * where a large workspace's whole read already runs, it runs directly —
 * sending it to a pool from there would wait on the very thread that sends it.
 */
export async function offRequestThread<T>(
  pool: "heavy" | "simulations",
  task: string,
  payload: unknown,
  workspaceId: string,
  here: () => Promise<T>,
  timeoutMs?: number,
): Promise<T> {
  if (!isMainThread) return await here();
  return await workerPools()[pool].run<T>(task, payload, timeoutMs, workspaceId);
}

/**
 * A plan read answered from this instance's cache while the workspace's state
 * (revision and day) is the same, and computed once however many ask at
 * once. The state moves with every write in the database, so no instance
 * serves a stale answer (decision 039).
 */
export function cachedPlanRead<I, O>(read: ScorecardRead<I, Promise<O>>, size: number, options: { timeoutMs?: number } = {}) {
  const answered = new Lru<string, O>(size);
  const asked = new Map<string, Promise<O>>();
  return async (ctx: WorkspaceCtx, input: I): Promise<O> => {
    const place = await scorecardPlace(ctx.db, ctx.workspaceId);
    const key = `${ctx.workspaceId}\u0000${place.key}\u0000${JSON.stringify(input)}`;
    const hit = answered.get(key);
    if (hit) return hit;
    const waiting = asked.get(key);
    if (waiting) return await waiting;
    const job = (async () => {
      const value = await readScorecard(ctx.db, ctx.workspaceId, read, input, { place, timeoutMs: options.timeoutMs });
      answered.set(key, value);
      return value;
    })().finally(() => asked.delete(key));
    asked.set(key, job);
    return await job;
  };
}
