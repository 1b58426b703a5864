import { greedyPlan, optimizePlan, type PlanChoice } from "@/server/scoring";
import { defineScorecardRead, sourcePortfolio } from "../scorecard/read";
import { cachedPlanRead, offRequestThread } from "./cached-read";
import { planInputs } from "./inputs";
import type { PlanRef } from "./schemas";
import { planView, type PlanView } from "./view";

/** One plan of the workspace (as it is, or of a scenario), greedy or optimal, as the page shows it. */
export const planChoiceRead = defineScorecardRead("plan.choice", async (s, ref: PlanRef): Promise<PlanView> => {
  const { loaded } = await sourcePortfolio(s);
  const inputs = await planInputs(s.db, s.workspaceId, loaded, ref.scenarioId);
  const { input, periods, options } = inputs;
  const choice =
    ref.mode === "optimal"
      ? await offRequestThread<PlanChoice>("heavy", "optimizePlan", { input, periods, options }, s.workspaceId, () =>
          optimizePlan(input, periods, options),
        )
      : greedyPlan(input, periods, options);
  return planView(choice, loaded, inputs, s.key, ref.mode);
});

/** Solved plans by workspace state, scenario and mode: a solve is worth keeping, a plan is small. */
export const planChoice = cachedPlanRead(planChoiceRead, 200);
