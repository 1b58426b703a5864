import { openDatabase, type Db } from "@/db/client";
import { resetClock, setClock } from "@/server/domain/shared/clock";
import { importStaged } from "@/server/domain/transfer/workspace-import";
import type { ImportWorkspaceInput } from "@/server/domain/transfer/schemas";
import {
  optimizePlan,
  planRobustness,
  simulatePortfolio,
  type ChoiceOptions,
  type Period,
  type PortfolioInput,
  type RobustnessOptions,
  type SimulationOptions,
} from "@/server/scoring";
import { errorToWorkerReply } from "./error-transfer";
import { SCORECARD_READS } from "./scorecard-reads";

/**
 * The worker's own connections, one per database file or PostgreSQL URL, opened on first use (SQLite in WAL mode:
 * it reads while others write). On PostgreSQL a small pool: the worker runs one job at a time.
 */
const connections = new Map<string, Db>();
const WORKER_POOL_SIZE = 2;

function databaseAt(file: string): Db {
  let db = connections.get(file);
  if (!db) connections.set(file, (db = openDatabase(file, { poolSize: WORKER_POOL_SIZE })));
  return db;
}

/** Runs `fn` with the caller's day as today: plans depend on the current period. */
async function onDay<T>(day: string, fn: () => Promise<T>): Promise<T> {
  setClock(() => day);
  try {
    return await fn();
  } finally {
    resetClock();
  }
}

type ScorecardReadJob = { dbFile: string; workspaceId: string; key: string; today: string; read: string; input: unknown };

const TASKS: Record<string, (payload: never) => unknown> = {
  simulate: (p: { input: PortfolioInput; options: SimulationOptions }) => simulatePortfolio(p.input, p.options),
  scorecardRead: (p: ScorecardReadJob) => {
    const read = SCORECARD_READS.get(p.read);
    if (!read) throw new Error(`unknown read ${p.read}`);
    return onDay(
      p.today,
      async () => await read.run({ db: databaseAt(p.dbFile), workspaceId: p.workspaceId, key: p.key }, p.input as never),
    );
  },
  optimizePlan: (p: { input: PortfolioInput; periods: Period[]; options: ChoiceOptions }) => optimizePlan(p.input, p.periods, p.options),
  planRobustness: (p: { input: PortfolioInput; periods: Period[]; options: RobustnessOptions }) =>
    planRobustness(p.input, p.periods, p.options),
  importWorkspace: (p: { dbFile: string; userId: string; input: ImportWorkspaceInput }) =>
    importStaged({ db: databaseAt(p.dbFile), userId: p.userId }, p.input),
};

export type TaskJob = { jobId: number; task: string; payload: unknown };

/** One job, answered as the pool expects: the value, or the error as plain data. */
export async function runTask(job: TaskJob) {
  try {
    const task = TASKS[job.task];
    if (!task) throw new Error(`unknown task ${job.task}`);
    return { jobId: job.jobId, ok: true as const, value: await task(job.payload as never) };
  } catch (error) {
    return { jobId: job.jobId, ok: false as const, error: errorToWorkerReply(error) };
  }
}
