import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { TooManyRequestsError } from "@/server/domain/errors";
import { logger } from "@/server/log";
import { errorFromWorker, type WorkerError } from "./error-transfer";

const WORKER_FILE = "entry.worker.mjs";

/**
 * The worker is plain JS that loads the TypeScript tasks through tsx, so it
 * runs unchanged under vitest, tsx and the built server. Next bundles this
 * module into .next/, where its own directory is not the source tree, so the
 * file is also looked up from the project root (the server always runs from
 * there; the database path makes the same assumption). Decision 004.
 */
function workerPath(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE));
  } catch {
    // import.meta.url is not a file: URL inside some bundles.
  }
  candidates.push(path.resolve(/*turbopackIgnore: true*/ process.cwd(), "server/workers", WORKER_FILE));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`Worker script not found (looked in ${candidates.join(", ")})`);
  return found;
}

export type PoolOptions = {
  /** Shown in logs and messages ("Simulations", "Large workspaces"). */
  name: string;
  /** Jobs waiting behind the running one; more are refused with 429. */
  maxQueued: number;
  /** Jobs of one tenant (a workspace, or a person for imports) waiting at once: no tenant takes the whole queue. */
  maxQueuedPerTenant: number;
  /** What a tenant over its share is told. */
  tenantBusyMessage: string;
  /** Longest a job may run (including a fresh worker's start) before the worker is stopped. */
  timeoutMs: number;
  /** What the busy answer says, in words a user can act on. */
  busyMessage: string;
  /** The error an overrun job is rejected with (a TIMEOUT domain error). */
  timeoutError: (seconds: number) => Error;
  /** Seconds a refused caller is told to wait (Retry-After). */
  retryAfterSeconds: number;
};

type Job = {
  id: number;
  tenant: string | undefined;
  task: string;
  payload: unknown;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
};

type WorkerReply = { jobId: number; ok: true; value: unknown } | { jobId: number; ok: false; error: WorkerError };

export type PoolStats = { completed: number; refused: number; timedOut: number; workerThreadIds: number[] };

/**
 * One long-lived worker thread runs one job at a time: the machine has two
 * cores, and the other one keeps answering requests. A worker's start
 * (~0.5 s, loading tsx and the domain) is paid once. A job that overruns is
 * stopped by terminating the worker; the next job starts a fresh one. Idle,
 * the worker does not keep the process alive. The queue is bounded: when it
 * is full the caller gets TOO_MANY_REQUESTS with a Retry-After at once,
 * instead of waiting behind work it cannot see.
 */
export class WorkerPool {
  private worker: Worker | null = null;
  private running: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** Counters for tests and benchmarks: what ran where, and what was refused. */
  readonly stats: PoolStats = { completed: 0, refused: 0, timedOut: 0, workerThreadIds: [] };

  constructor(private readonly options: PoolOptions) {}

  run<T>(task: string, payload: unknown, timeoutMs = this.options.timeoutMs, tenant?: string): Promise<T> {
    const refuse = (message: string) => {
      this.stats.refused++;
      return Promise.reject(new TooManyRequestsError(message, this.options.retryAfterSeconds));
    };
    if (tenant !== undefined && this.queue.filter((job) => job.tenant === tenant).length >= this.options.maxQueuedPerTenant) {
      return refuse(this.options.tenantBusyMessage);
    }
    if (this.queue.length >= this.options.maxQueued) return refuse(this.options.busyMessage);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, tenant, task, payload, timeoutMs, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /** Jobs waiting (not counting the running one). */
  get queued(): number {
    return this.queue.length;
  }

  private spawn(): Worker {
    const worker = new Worker(workerPath());
    if (!this.stats.workerThreadIds.includes(worker.threadId)) this.stats.workerThreadIds.push(worker.threadId);
    worker.on("message", (reply: WorkerReply) => {
      const job = this.running;
      if (!job || reply.jobId !== job.id) return;
      this.finish();
      this.stats.completed++;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(errorFromWorker(reply.error));
    });
    worker.on("error", (error) => {
      logger.error({ err: error, pool: this.options.name }, "worker failed");
      this.crash(error);
    });
    worker.on("exit", (code) => {
      if (this.worker === worker) this.crash(new Error(`${this.options.name} worker stopped (exit code ${code})`));
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
      this.stats.timedOut++;
      this.finish();
      void stuck?.terminate();
      job.reject(this.options.timeoutError(Math.round(job.timeoutMs / 1000)));
    }, job.timeoutMs);
    worker.postMessage({ jobId: job.id, task: job.task, payload: job.payload });
  }
}
