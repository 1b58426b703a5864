import { ValidationError } from "../errors";
import { requireRole } from "../permissions";
import type { WorkspaceCtx } from "../shared/context";
import { cachedScorecard, cachedViews, portfolioState } from "./cache";
import { pageOfRows, type ScorecardRowsInput } from "./views";
import { Lru } from "./lru";
import { DEFAULT_SEED, SAMPLE_BUDGET, type SimulateInput } from "./schemas";
import { simulateOffThread } from "./simulate-runner";

export function getScorecard(ctx: WorkspaceCtx) {
  requireRole(ctx.role, "workspace.read");
  return cachedScorecard(ctx.db, ctx.workspaceId);
}

export function getScorecardSummary(ctx: WorkspaceCtx) {
  return cachedViews(ctx.db, ctx.workspaceId).summary;
}

export function getScorecardRows(ctx: WorkspaceCtx, input: ScorecardRowsInput) {
  return pageOfRows(cachedViews(ctx.db, ctx.workspaceId).rows, input);
}

export function getRoadmap(ctx: WorkspaceCtx) {
  return cachedViews(ctx.db, ctx.workspaceId).roadmap;
}

export function getPlanVsRealised(ctx: WorkspaceCtx) {
  return cachedViews(ctx.db, ctx.workspaceId).planVsRealised;
}

type Simulation = Awaited<ReturnType<typeof runSimulation>>;
/** Results are deterministic per (data, runs, seed), so a repeat asks the worker nothing. */
const simulations = new Lru<string, Simulation>(50);

async function runSimulation(entry: ReturnType<typeof portfolioState>, runs: number, seed: number) {
  const rows = await simulateOffThread(entry.loaded.input, { runs, seed });
  return {
    runs,
    seed,
    rows: rows.map((r) => ({ ...r, title: entry.loaded.display.get(r.id)?.title ?? "" })),
  };
}

/** Uncertainty ranges (docs/scoring.md §5), computed in a worker thread. */
export async function simulateScorecard(ctx: WorkspaceCtx, input: SimulateInput) {
  requireRole(ctx.role, "workspace.read");
  const entry = portfolioState(ctx.db, ctx.workspaceId);
  const n = entry.loaded.input.initiatives.length;
  if (input.runs * n > SAMPLE_BUDGET) {
    const most = Math.floor(SAMPLE_BUDGET / Math.max(1, n));
    throw new ValidationError(`Too many runs for ${n} initiatives: at most ${most} runs.`, {
      runs: [`At most ${most} runs for ${n} initiatives`],
    });
  }
  const seed = input.seed ?? DEFAULT_SEED;
  const key = `${ctx.workspaceId}:${entry.key}:${input.runs}:${seed}`;
  const cached = simulations.get(key);
  if (cached) return cached;
  const result = await runSimulation(entry, input.runs, seed);
  simulations.set(key, result);
  return result;
}
