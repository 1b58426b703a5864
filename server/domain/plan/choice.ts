import { isMainThread } from "node:worker_threads";
import { greedyPlan, optimizePlan, type PlanChoice } from "@/server/scoring";
import { workerPools } from "@/server/workers/pools";
import { Lru } from "../scorecard/lru";
import { defineScorecardRead, readScorecard, scorecardPlace, sourcePortfolio } from "../scorecard/read";
import type { WorkspaceCtx } from "../shared/context";
import { planInputs, type PlanInputs } from "./inputs";
import type { PlanRef } from "./schemas";
import { planView, type PlanView } from "./view";

/**
 * The solver always runs off the request thread (docs/quality.md): from the
 * request thread it is sent to the heavy worker with its inputs (no database
 * needed there); inside the worker, where a large workspace's whole read
 * already runs, it is called directly — sending it to the pool from there
 * would wait on the very thread that sends it.
 */
async function solveOptimal(inputs: PlanInputs, workspaceId: string): Promise<PlanChoice> {
  const job = { input: inputs.input, periods: inputs.periods, options: inputs.options };
  if (!isMainThread) return await optimizePlan(job.input, job.periods, job.options);
  return await workerPools().heavy.run<PlanChoice>("optimizePlan", job, undefined, workspaceId);
}

/** One plan of the workspace (as it is, or of a scenario), greedy or optimal, as the page shows it. */
export const planChoiceRead = defineScorecardRead("plan.choice", async (s, ref: PlanRef): Promise<PlanView> => {
  const { loaded } = await sourcePortfolio(s);
  const inputs = await planInputs(s.db, s.workspaceId, loaded, ref.scenarioId);
  const choice =
    ref.mode === "optimal" ? await solveOptimal(inputs, s.workspaceId) : greedyPlan(inputs.input, inputs.periods, inputs.options);
  return planView(choice, loaded, inputs, s.key, ref.mode);
});

/**
 * Solved plans by workspace state, scenario and mode. The state key moves with
 * every change to the workspace (a scenario's edits included) and with the
 * day, so an entry is never stale; each instance keeps its own, like the
 * scorecard cache. Bounded: a solve is worth keeping, a plan is small.
 */
const solved = new Lru<string, PlanView>(200);
const solving = new Map<string, Promise<PlanView>>();

export async function planChoice(ctx: WorkspaceCtx, ref: PlanRef): Promise<PlanView> {
  const place = await scorecardPlace(ctx.db, ctx.workspaceId);
  const cacheKey = `${ctx.workspaceId}\u0000${place.key}\u0000${ref.scenarioId ?? ""}\u0000${ref.mode}`;
  const hit = solved.get(cacheKey);
  if (hit) return hit;
  const waiting = solving.get(cacheKey);
  if (waiting) return await waiting;
  const job = (async () => {
    const view = await readScorecard(ctx.db, ctx.workspaceId, planChoiceRead, ref, { place });
    solved.set(cacheKey, view);
    return view;
  })().finally(() => solving.delete(cacheKey));
  solving.set(cacheKey, job);
  return await job;
}
