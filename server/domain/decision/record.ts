import { decisions } from "@/db/schema";
import type { InitiativeStatus } from "@/server/scoring";
import type { Tx, WorkspaceCtx } from "../shared/context";
import type { DecisionSnapshots } from "./snapshot";

/**
 * Writes one decision, inside the transaction that changes the initiative's
 * status, with the figures read just before (decisionSnapshots).
 */
export async function recordDecision(
  tx: Tx,
  ctx: WorkspaceCtx,
  snapshots: DecisionSnapshots,
  d: { initiativeId: string; fromStatus: InitiativeStatus; outcome: "approved" | "cancelled"; reason: string },
): Promise<void> {
  const figures = snapshots.figures.get(d.initiativeId) ?? { scored: false, reason: "The scorecard was not read for this decision." };
  await tx.insert(decisions).values({
    workspaceId: ctx.workspaceId,
    initiativeId: d.initiativeId,
    fromStatus: d.fromStatus,
    outcome: d.outcome,
    reason: d.reason,
    decidedBy: ctx.userId,
    modelNumber: snapshots.modelNumber,
    figures,
    decidedAt: Date.now(),
  });
}
