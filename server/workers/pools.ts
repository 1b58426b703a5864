import { TimeoutError } from "@/server/domain/errors";
import { WorkerPool } from "./pool";

export class SimulationTimeoutError extends TimeoutError {}

/** Longest a simulation may run (including the worker's start) before it is stopped. */
export const SIMULATION_TIMEOUT_MS = 30_000;
/** Simulations waiting behind the running one; more are refused as busy. */
export const MAX_QUEUED_SIMULATIONS = 4;

/** Longest one large-workspace job (an import, a scorecard of the largest allowed size) may run. */
export const HEAVY_TIMEOUT_MS = 60_000;
/** Large-workspace jobs waiting behind the running one, across all workspaces. */
export const MAX_QUEUED_HEAVY = 8;
/** Jobs one workspace (or one importing person) may have waiting: the other tenants keep the rest of the queue. */
export const MAX_QUEUED_PER_TENANT = 3;

/**
 * Two threads, not one: a 30-second simulation must not hold up another
 * tenant's scorecard. Each runs one job at a time, so with the request thread
 * the two cores of the reference machine are never oversubscribed by more
 * than one (decision 032). Kept on globalThis so dev hot reloads reuse them.
 */
const pools = globalThis as unknown as { __tripleCrownPools?: { simulations: WorkerPool; heavy: WorkerPool } };

export function workerPools() {
  return (pools.__tripleCrownPools ??= {
    simulations: new WorkerPool({
      name: "Simulations",
      maxQueued: MAX_QUEUED_SIMULATIONS,
      maxQueuedPerTenant: 2,
      tenantBusyMessage: "This workspace already has simulations waiting; try again when they are done.",
      timeoutMs: SIMULATION_TIMEOUT_MS,
      busyMessage: "Simulations are busy right now; try again in a moment.",
      timeoutError: (s) => new SimulationTimeoutError(`The simulation took longer than ${s} s and was stopped: try fewer runs.`),
      retryAfterSeconds: 5,
    }),
    heavy: new WorkerPool({
      name: "Large workspaces",
      maxQueued: MAX_QUEUED_HEAVY,
      maxQueuedPerTenant: MAX_QUEUED_PER_TENANT,
      tenantBusyMessage: "This workspace already has work waiting on the server; try again in a few seconds.",
      timeoutMs: HEAVY_TIMEOUT_MS,
      busyMessage: "The server is busy with large workspaces right now; try again in a few seconds.",
      timeoutError: (s) =>
        new TimeoutError(`This took longer than ${s} s and was stopped. Try again; if it keeps happening, tell your admin.`),
      retryAfterSeconds: 5,
    }),
  });
}
