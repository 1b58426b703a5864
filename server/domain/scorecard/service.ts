import { ValidationError } from "../errors";
import type { WorkspaceCtx } from "../shared/context";
import { simulatePortfolio, type UncertaintyRow } from "@/server/scoring";
import { portfolioState } from "./cache";
import { defineScorecardRead, readScorecard, scorecardPlace, sourcePortfolio, sourceScorecard, sourceViews } from "./read";
import { pageOfRows, type ScorecardRowsInput } from "./views";
import { Lru } from "./lru";
import { DEFAULT_SEED, SAMPLE_BUDGET, type SimulateInput } from "./schemas";
import { SIMULATION_TIMEOUT_MS, simulateOffThread } from "./simulate-runner";

/**
 * Initiatives up to which `scorecard.get` sends the whole scorecard at once.
 * Beyond, the copy and the JSON alone would hold the request thread for
 * hundreds of milliseconds; pages read the views, files read the CSV export.
 */
export const MAX_FULL_SCORECARD = 2_000;

export const fullScorecardRead = defineScorecardRead("scorecard.full", async (s) => await sourceScorecard(s));
export const summaryRead = defineScorecardRead("scorecard.summary", async (s) => (await sourceViews(s)).summary);
export const rowsRead = defineScorecardRead("scorecard.rows", async (s, input: ScorecardRowsInput) =>
  pageOfRows((await sourceViews(s)).rows, input),
);
export const roadmapRead = defineScorecardRead("scorecard.roadmap", async (s) => (await sourceViews(s)).roadmap);
export const planVsRealisedRead = defineScorecardRead("scorecard.planVsRealised", async (s) => (await sourceViews(s)).planVsRealised);

export async function getScorecard(ctx: WorkspaceCtx) {
  const place = await scorecardPlace(ctx.db, ctx.workspaceId);
  const n = place.initiatives;
  if (n > MAX_FULL_SCORECARD) {
    throw new ValidationError(
      `This workspace has ${n.toLocaleString("en")} initiatives, too many to load at once (at most ${MAX_FULL_SCORECARD.toLocaleString("en")}). Export the scorecard as CSV instead.`,
    );
  }
  return readScorecard(ctx.db, ctx.workspaceId, fullScorecardRead, undefined, { place });
}

export function getScorecardSummary(ctx: WorkspaceCtx) {
  return readScorecard(ctx.db, ctx.workspaceId, summaryRead, undefined);
}

export function getScorecardRows(ctx: WorkspaceCtx, input: ScorecardRowsInput) {
  return readScorecard(ctx.db, ctx.workspaceId, rowsRead, input);
}

export function getRoadmap(ctx: WorkspaceCtx) {
  return readScorecard(ctx.db, ctx.workspaceId, roadmapRead, undefined);
}

export function getPlanVsRealised(ctx: WorkspaceCtx) {
  return readScorecard(ctx.db, ctx.workspaceId, planVsRealisedRead, undefined);
}

type SimulationRow = UncertaintyRow & { title: string };
type Simulation = { runs: number; seed: number; rows: SimulationRow[] };
/** Results are deterministic per (data, runs, seed), so a repeat asks the worker nothing. */
const simulations = new Lru<string, Simulation>(50);

function withTitles(rows: UncertaintyRow[], display: Map<string, { title: string }>): SimulationRow[] {
  return rows.map((r) => ({ ...r, title: display.get(r.id)?.title ?? "" }));
}

/**
 * A large workspace is simulated in the heavy worker, where its engine input
 * already is: sending 10,000 initiatives to the simulations thread would copy
 * them twice across the request thread.
 */
export const simulationRead = defineScorecardRead("scorecard.simulate", async (s, o: { runs: number; seed: number }) => {
  const { loaded } = await sourcePortfolio(s);
  return withTitles(simulatePortfolio(loaded.input, o), loaded.display);
});

/** Uncertainty ranges (docs/scoring.md §5), always computed off the request thread. */
export async function simulateScorecard(ctx: WorkspaceCtx, input: SimulateInput) {
  const place = await scorecardPlace(ctx.db, ctx.workspaceId);
  const n = place.initiatives;
  if (input.runs * n > SAMPLE_BUDGET) {
    const most = Math.floor(SAMPLE_BUDGET / Math.max(1, n));
    throw new ValidationError(`Too many runs for ${n} initiatives: at most ${most} runs.`, {
      runs: [`At most ${most} runs for ${n} initiatives`],
    });
  }
  const seed = input.seed ?? DEFAULT_SEED;
  const cacheKey = `${ctx.workspaceId}:${place.key}:${input.runs}:${seed}`;
  const cached = simulations.get(cacheKey);
  if (cached) return cached;
  let rows: SimulationRow[];
  if (place.offThread) {
    const options = { runs: input.runs, seed };
    rows = await readScorecard(ctx.db, ctx.workspaceId, simulationRead, options, { timeoutMs: SIMULATION_TIMEOUT_MS, place });
  } else {
    const { loaded } = await portfolioState(ctx.db, ctx.workspaceId, place.key);
    rows = withTitles(
      await simulateOffThread(loaded.input, { runs: input.runs, seed }, SIMULATION_TIMEOUT_MS, ctx.workspaceId),
      loaded.display,
    );
  }
  const result: Simulation = { runs: input.runs, seed, rows };
  simulations.set(cacheKey, result);
  return result;
}
