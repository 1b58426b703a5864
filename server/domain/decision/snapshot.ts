import { ScoringInputError } from "@/server/scoring";
import type { WorkspaceCtx } from "../shared/context";
import { defineScorecardRead, readScorecard, sourcePortfolio, sourceScorecard } from "../scorecard/read";
import type { ScorecardInitiative } from "../scorecard/compute";
import type { DecisionFigures } from "./schemas";

/** What the log keeps when the engine refuses the workspace's data: the decision still stands. */
const UNSCORED: DecisionFigures = {
  scored: false,
  reason: "The scorecard could not be computed at the time (the scorecard page said what to fix).",
};

/** Figures for each initiative asked about, and the model version they were computed with. */
export type DecisionSnapshots = { modelNumber: number; figures: ReadonlyMap<string, DecisionFigures> };

/**
 * The scorecard's figures for some initiatives as it stands, for decisions
 * about to be recorded. A scorecard read, so a large workspace answers from
 * the worker and only these few figures cross back.
 */
export const decisionSnapshotRead = defineScorecardRead("decision.snapshot", async (s, ids: readonly string[]) => {
  let card;
  try {
    card = await sourceScorecard(s);
  } catch (error) {
    if (!(error instanceof ScoringInputError)) throw error;
    const modelNumber = (await sourcePortfolio(s)).loaded.model.number;
    return { modelNumber, rows: ids.map((id) => ({ id, figures: UNSCORED })) };
  }
  const wanted = new Set(ids);
  let ranked = 0;
  for (const i of card.initiatives) if (i.rank !== null) ranked++;
  const found = new Map<string, DecisionFigures>();
  for (const i of card.initiatives) {
    if (!wanted.has(i.id)) continue;
    found.set(i.id, figuresOf(i, ranked));
  }
  return { modelNumber: card.model.number, rows: ids.map((id) => ({ id, figures: found.get(id) ?? UNSCORED })) };
});

/** The figures a decision keeps of one scored initiative; `ranked` = how many were ranked with it. */
export function figuresOf(i: ScorecardInitiative, ranked: number): DecisionFigures {
  return {
    scored: true,
    valueScore: i.valueScore,
    priority: i.priority,
    rank: i.rank,
    ranked,
    crowns: i.crowns,
    scores: { experience: i.scores.experience, cost: i.scores.cost, revenue: i.scores.revenue },
    confidence: i.confidence,
    confidenceSource: i.confidenceSource,
    confidenceAssumptions: i.confidenceAssumptions,
    costReduction: { ...i.costReduction },
    revenueGrowth: { ...i.revenueGrowth },
    investment: i.investment,
    effort: i.effort,
    npv: i.npv,
    paybackYears: i.paybackYears,
  };
}

/** Read before a decision's write transaction: the figures the scorecard shows at that moment. */
export async function decisionSnapshots(ctx: WorkspaceCtx, ids: readonly string[]): Promise<DecisionSnapshots> {
  const { modelNumber, rows } = await readScorecard(ctx.db, ctx.workspaceId, decisionSnapshotRead, ids);
  return { modelNumber, figures: new Map(rows.map((r) => [r.id, r.figures])) };
}
