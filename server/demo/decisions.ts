import { decisions } from "@/db/schema";
import { figuresOf } from "../domain/decision/snapshot";
import { buildScorecard } from "../domain/scorecard/compute";
import { loadPortfolio } from "../domain/scorecard/portfolio";
import type { Tx } from "../domain/shared/context";

export type DemoDecision = { initiativeId: string; outcome: "approved" | "cancelled"; reason: string; decidedAt: number };

/**
 * The decision log of the demo: every decided initiative with the figures
 * the scorecard showed while it was still a proposal. They are scored
 * together as proposals (a simplification: in life each was decided on its
 * own day), so the log shows the rank each was decided at, and done work
 * can be read against what was expected of it.
 */
export async function seedDemoDecisions(tx: Tx, workspaceId: string, decidedBy: string, list: readonly DemoDecision[]): Promise<void> {
  const loaded = await loadPortfolio(tx, workspaceId);
  const decided = new Set(list.map((d) => d.initiativeId));
  const statusBefore = new Map(loaded.input.initiatives.map((i) => [i.id, i.status]));
  const asProposals = {
    ...loaded,
    input: {
      ...loaded.input,
      initiatives: loaded.input.initiatives.map((i) =>
        decided.has(i.id) ? { ...i, status: "proposed" as const, startPeriod: null, pinnedPeriod: null } : i,
      ),
    },
  };
  const card = buildScorecard(asProposals);
  const ranked = card.initiatives.filter((i) => i.rank !== null).length;
  const byId = new Map(card.initiatives.map((i) => [i.id, i]));
  for (const d of list) {
    const scored = byId.get(d.initiativeId);
    if (!scored || !statusBefore.has(d.initiativeId)) throw new Error(`demo data: no initiative ${d.initiativeId} to decide on`);
    await tx.insert(decisions).values({
      workspaceId,
      initiativeId: d.initiativeId,
      fromStatus: "proposed",
      outcome: d.outcome,
      reason: d.reason,
      decidedBy,
      modelNumber: loaded.model.number,
      figures: figuresOf(scored, ranked),
      decidedAt: d.decidedAt,
    });
  }
}
