import { isMainThread } from "node:worker_threads";
import { planRobustness, type PlanRobustness } from "@/server/scoring";
import { SIMULATION_TIMEOUT_MS, workerPools } from "@/server/workers/pools";
import { Lru } from "../scorecard/lru";
import { defineScorecardRead, readScorecard, scorecardPlace, sourcePortfolio } from "../scorecard/read";
import type { WorkspaceCtx } from "../shared/context";
import { planInputs } from "./inputs";
import type { PlanRobustnessInput } from "./schemas";

/** Solver time per sample: a sample's plan matters less than the share over all of them. */
const SAMPLE_TIME_LIMIT_MS = 300;

/**
 * How robust the optimal plan is to the estimates' uncertainty: the share of
 * Monte Carlo samples whose optimal plan holds each open initiative. Like a
 * simulation it runs in the simulations worker (from the request thread) or
 * directly where a large workspace's read already runs.
 */
export const planRobustnessRead = defineScorecardRead("plan.robustness", async (s, o: PlanRobustnessInput) => {
  const { loaded } = await sourcePortfolio(s);
  const inputs = await planInputs(s.db, s.workspaceId, loaded, null);
  const options = { currentPeriod: inputs.options.currentPeriod, samples: o.samples, seed: o.seed, timeLimitMs: SAMPLE_TIME_LIMIT_MS };
  const result: PlanRobustness = isMainThread
    ? await workerPools().simulations.run(
        "planRobustness",
        { input: inputs.input, periods: inputs.periods, options },
        SIMULATION_TIMEOUT_MS,
        s.workspaceId,
      )
    : await planRobustness(inputs.input, inputs.periods, options);
  return {
    samples: result.samples,
    optimalSamples: result.optimalSamples,
    rows: result.rows.map((r) => ({ ...r, title: loaded.display.get(r.id)?.title ?? r.id })),
  };
});

const known = new Lru<string, Awaited<ReturnType<typeof planRobustnessRead.run>>>(50);

export async function planRobustnessView(ctx: WorkspaceCtx, input: PlanRobustnessInput) {
  const place = await scorecardPlace(ctx.db, ctx.workspaceId);
  const cacheKey = `${ctx.workspaceId}\u0000${place.key}\u0000${input.samples}\u0000${input.seed}`;
  const hit = known.get(cacheKey);
  if (hit) return hit;
  const view = await readScorecard(ctx.db, ctx.workspaceId, planRobustnessRead, input, { place, timeoutMs: SIMULATION_TIMEOUT_MS });
  known.set(cacheKey, view);
  return view;
}
