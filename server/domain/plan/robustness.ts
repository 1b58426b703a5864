import { planRobustness, type PlanRobustness } from "@/server/scoring";
import { SIMULATION_TIMEOUT_MS } from "@/server/workers/pools";
import { defineScorecardRead, sourcePortfolio } from "../scorecard/read";
import { cachedPlanRead, offRequestThread } from "./cached-read";
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
  const payload = { input: inputs.input, periods: inputs.periods, options };
  const result = await offRequestThread<PlanRobustness>(
    "simulations",
    "planRobustness",
    payload,
    s.workspaceId,
    () => planRobustness(inputs.input, inputs.periods, options),
    SIMULATION_TIMEOUT_MS,
  );
  return {
    samples: result.samples,
    optimalSamples: result.optimalSamples,
    rows: result.rows.map((r) => ({ ...r, title: loaded.display.get(r.id)?.title ?? r.id })),
  };
});

/** Robustness by workspace state, samples and seed. */
export const planRobustnessView = cachedPlanRead(planRobustnessRead, 50, { timeoutMs: SIMULATION_TIMEOUT_MS });
