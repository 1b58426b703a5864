import { scorePortfolio } from "@/server/scoring";
import type { WorkspaceCtx } from "../shared/context";
import { withConfidenceFrom } from "../scorecard/confidence";
import { defineScorecardRead, readScorecard, sourcePortfolio, sourceScorecard } from "../scorecard/read";
import type { ModelFields } from "./schemas";

/**
 * The ranking a draft model would give, next to the current one, for the
 * settings page's live preview. Nothing is saved.
 */
export async function previewModel(ctx: WorkspaceCtx, draft: ModelFields) {
  return readScorecard(ctx.db, ctx.workspaceId, previewRead, draft);
}

/** Scored where the scorecard is (the worker, for a large workspace). */
export const previewRead = defineScorecardRead("scoringModel.preview", async (s, draft: ModelFields) => {
  const current = new Map((await sourceScorecard(s)).initiatives.map((i) => [i.id, i]));
  const { loaded } = await sourcePortfolio(s);
  // A draft without a threshold or evidence choice (an older client) keeps the current one.
  const confidenceFromEvidence = draft.confidenceFromEvidence ?? loaded.model.confidenceFromEvidence;
  const model = { ...draft, crownThreshold: draft.crownThreshold ?? loaded.model.crownThreshold, confidenceFromEvidence };
  const scored = scorePortfolio({ ...withConfidenceFrom(loaded, confidenceFromEvidence), model });
  // Only open work is ranked, so only open work can move (done and cancelled rows have no rank).
  const rows = scored.flatMap((s) => {
    const now = current.get(s.id)!;
    if (s.rank === null || now.rank === null) return [];
    return [
      {
        id: s.id,
        title: now.title,
        status: now.status,
        current: { rank: now.rank, valueScore: now.valueScore, priority: now.priority, tripleCrown: now.tripleCrown, crowns: now.crowns },
        draft: { rank: s.rank, valueScore: s.valueScore, priority: s.priority, tripleCrown: s.tripleCrown, crowns: s.crowns },
        /** Places gained (positive) or lost (negative) under the draft. */
        move: now.rank - s.rank,
      },
    ];
  });
  return { model, rows, moved: rows.filter((r) => r.move !== 0).length };
});
