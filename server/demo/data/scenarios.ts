import { DEMO_PERIOD_CAPACITIES } from "./periods";

/** A demo scenario: capacity per quarter (by index of the eight) and initiatives forced in or out, by key. */
export type DemoScenario = {
  name: string;
  description: string;
  capacities?: readonly (number | null)[];
  forceIn?: readonly string[];
  forceOut?: readonly string[];
};

/**
 * Two what-ifs a newcomer can compare at once. With 60 % of the people the
 * greedy plan leaves value on the table that the optimal plan recovers (it
 * fits the live repair tracker, a triple crown); the board's wish to have the
 * tracker whatever happens shows a forced-in initiative.
 */
export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    name: "Lean year: 60% of the people",
    description: "Budgets are cut: every quarter keeps 60% of its capacity. What is still worth doing?",
    capacities: DEMO_PERIOD_CAPACITIES.map((c) => Math.round(c * 0.6)),
  },
  {
    name: "Repair tracker whatever it takes",
    description: "The board wants the live repair tracker in the app this plan, even if other work has to wait.",
    forceIn: ["live-tracker"],
  },
];
