import type { ChoiceOptions, Period, PortfolioInput } from "@/server/scoring";
import { NotFoundError } from "../errors";
import { planCalendar } from "../period/calendar";
import type { LoadedPortfolio } from "../scorecard/portfolio";
import { loadScenario } from "../scenario/load";
import { inputUnderModel } from "../scorecard/confidence";
import { modelByNumber } from "../scoringModel/queries";
import type { DbOrTx } from "../shared/context";

/** What a scenario changed, for the page to say so beside its plan. */
export type ScenarioApplied = { id: string; name: string; version: number; modelNumber: number | null };

/** The engine's inputs for one plan: the workspace as it is, or with a scenario's changes applied. */
export type PlanInputs = {
  input: PortfolioInput;
  periods: Period[];
  options: ChoiceOptions;
  /** Where today falls in the plan: the engine's currentPeriod and what the page says of today. */
  calendar: ReturnType<typeof planCalendar>;
  /** Capacity per period before the scenario changed it (by period id). */
  baseCapacity: Map<string, number>;
  scenario: ScenarioApplied | null;
  modelNumber: number;
};

/**
 * Applies a scenario to the loaded portfolio: capacity per period, forced in
 * and out, and another version of the scoring model. The portfolio itself is
 * shared with the scorecard cache and never changed: a scenario makes copies
 * of what it changes.
 */
export async function planInputs(db: DbOrTx, workspaceId: string, loaded: LoadedPortfolio, scenarioId: string | null): Promise<PlanInputs> {
  const calendar = planCalendar(loaded.periods);
  const currentPeriod = calendar.currentPeriod;
  const baseCapacity = new Map(loaded.enginePeriods.map((p) => [p.id, p.capacity]));
  if (!scenarioId) {
    return {
      input: loaded.input,
      periods: loaded.enginePeriods,
      options: { currentPeriod },
      calendar,
      baseCapacity,
      scenario: null,
      modelNumber: loaded.model.number,
    };
  }
  const scenario = await loadScenario(db, workspaceId, scenarioId);
  const capacity = new Map(scenario.capacities.map((c) => [c.periodId, c.capacity]));
  const periods = loaded.enginePeriods.map((p) => (capacity.has(p.id) ? { ...p, capacity: capacity.get(p.id)! } : p));
  let input = loaded.input;
  let modelNumber = loaded.model.number;
  if (scenario.scoringModelNumber !== null && scenario.scoringModelNumber !== loaded.model.number) {
    const model = await modelByNumber(db, workspaceId, scenario.scoringModelNumber);
    if (!model) throw new NotFoundError(`Scoring model v${scenario.scoringModelNumber}`);
    // Another version may choose confidence differently (from evidence or by hand).
    input = inputUnderModel(loaded, model);
    modelNumber = model.number;
  }
  return {
    input,
    periods,
    options: { currentPeriod, forceIn: scenario.forceIn, forceOut: scenario.forceOut },
    calendar,
    baseCapacity,
    scenario: { id: scenario.id, name: scenario.name, version: scenario.version, modelNumber: scenario.scoringModelNumber },
    modelNumber,
  };
}
