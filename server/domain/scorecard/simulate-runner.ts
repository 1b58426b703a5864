import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ScoringInputError, type PortfolioInput, type SimulationOptions, type UncertaintyRow } from "@/server/scoring";
import { TimeoutError, TooManyRequestsError } from "../errors";
import { logger } from "@/server/log";

/** Longest a simulation may run (including the worker's start) before it is stopped. */
export const SIMULATION_TIMEOUT_MS = 30_000;
/** Simulations waiting behind the running one; more are refused as busy. */
export const MAX_QUEUED_SIMULATIONS = 4;

export class SimulationTimeoutError extends TimeoutError {}

const WORKER_FILE = "simulate.worker.mjs";

/**
 * The worker is plain JS that loads the TypeScript engine through tsx, so it
 * runs unchanged under vitest, tsx and `next start`. Next bundles this module
 * into .next/, where its own directory is not the source tree, so the file is
 * also looked up from the project root (the server always runs from there; the
 * database path makes the same assumption).
 */
function workerPath(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE));
  } catch {
    // import.meta.url is not a file: URL inside some bundles.
  }
  candidates.push(path.resolve(/*turbopackIgnore: true*/ process.cwd(), "server/domain/scorecard", WORKER_FILE));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`Monte Carlo worker not found (looked in ${candidates.join(", ")})`);
  return found;
}

type Job = {
  id: number;
  input: PortfolioInput;
  options: SimulationOptions;
  timeoutMs: number;
  resolve: (rows: UncertaintyRow[]) => void;
  reject: (error: Error) => void;
};

type WorkerReply =
  | { jobId: number; ok: true; rows: UncertaintyRow[] }
  | { jobId: number; ok: false; error: { name: string; message: string; issues?: ScoringInputError["issues"] } };

/**
 * One long-lived worker thread runs one simulation at a time (the machine has
 * two cores; the other keeps serving requests). Its ~0.5 s start is paid once.
 * A simulation that overruns is stopped by terminating the worker; the next
 * job starts a fresh one. Idle, the worker does not keep the process alive.
 */
class SimulationPool {
  private worker: Worker | null = null;
  private running: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly queue: Job[] = [];
  private nextId = 1;

  run(input: PortfolioInput, options: SimulationOptions, timeoutMs: number): Promise<UncertaintyRow[]> {
    if (this.queue.length >= MAX_QUEUED_SIMULATIONS) {
      return Promise.reject(new TooManyRequestsError("Simulations are busy right now; try again in a moment."));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, options, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(workerPath());
    worker.on("message", (reply: WorkerReply) => {
      const job = this.running;
      if (!job || reply.jobId !== job.id) return;
      this.finish();
      if (reply.ok) job.resolve(reply.rows);
      else if (reply.error.issues) job.reject(new ScoringInputError(reply.error.issues));
      else job.reject(new Error(`Monte Carlo failed: ${reply.error.message}`));
    });
    worker.on("error", (error) => {
      logger.error({ err: error }, "Monte Carlo worker failed");
      this.crash(error);
    });
    worker.on("exit", (code) => {
      if (this.worker === worker) this.crash(new Error(`Monte Carlo worker stopped (exit code ${code})`));
    });
    return worker;
  }

  private crash(error: Error): void {
    const job = this.running;
    this.worker = null;
    this.finish();
    job?.reject(error);
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    queueMicrotask(() => this.pump());
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }
    this.running = job;
    let worker: Worker;
    try {
      worker = this.worker ??= this.spawn();
    } catch (error) {
      this.finish();
      job.reject(error as Error);
      return;
    }
    worker.ref();
    this.timer = setTimeout(() => {
      const stuck = this.worker;
      this.worker = null;
      this.finish();
      void stuck?.terminate();
      job.reject(
        new SimulationTimeoutError(
          `The simulation took longer than ${Math.round(job.timeoutMs / 1000)} s and was stopped: try fewer runs.`,
        ),
      );
    }, job.timeoutMs);
    worker.postMessage({ jobId: job.id, input: job.input, options: job.options });
  }
}

const globalPool = globalThis as unknown as { __tripleCrownSimulationPool?: SimulationPool };
const pool = (globalPool.__tripleCrownSimulationPool ??= new SimulationPool());

/** Runs simulatePortfolio in the worker thread; rejects with ScoringInputError, a timeout or busy. */
export function simulateOffThread(
  input: PortfolioInput,
  options: SimulationOptions,
  timeoutMs = SIMULATION_TIMEOUT_MS,
): Promise<UncertaintyRow[]> {
  return pool.run(input, options, timeoutMs);
}
