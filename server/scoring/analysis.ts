// One call for a scorecard page: validates and scores the portfolio once, then
// explains, tests the weights and plans the roadmap from the same numbers.
import { planRanked } from "./roadmap";
import { explainAll } from "./explain";
import { rankedPortfolio } from "./score";
import { sensitivityOf } from "./sensitivity";
import type { Period, PlanOptions, PortfolioInput, Roadmap, ScoredInitiative, SensitivityRow } from "./types";

export interface PortfolioAnalysis {
  scored: ScoredInitiative[];
  sensitivity: SensitivityRow[];
  roadmap: Roadmap;
}

/** The same results as scorePortfolio, weightSensitivity and planRoadmap, computed with one validation pass. */
export function analyzePortfolio(input: PortfolioInput, periods: readonly Period[], options: PlanOptions = {}): PortfolioAnalysis {
  const ranked = rankedPortfolio(input);
  return { scored: explainAll(ranked), sensitivity: sensitivityOf(ranked), roadmap: planRanked(ranked, periods, options) };
}
