import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { scoringModels } from "@/db/schema";
import { ConflictError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { currentModel } from "./queries";
import type { UpdateModelInput } from "./schemas";

/** A change is a new version; older versions stay for the history. */
export async function updateModel(ctx: WorkspaceCtx, input: UpdateModelInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await currentModel(tx, ctx.workspaceId);
    if (before.number !== input.version) {
      throw new ConflictError(
        `The scoring model was changed${before.createdBy?.name ? ` by ${before.createdBy.name}` : ""} since you opened it (now version ${before.number}).`,
        { currentVersion: before.number, changedBy: before.createdBy?.name ?? "someone", changedAt: before.createdAt },
      );
    }
    const row = await insertedRow(
      tx
        .insert(scoringModels)
        .values({
          workspaceId: ctx.workspaceId,
          number: before.number + 1,
          weightExperience: input.weights.experience,
          weightCost: input.weights.cost,
          weightRevenue: input.weights.revenue,
          materialCost: input.materialAmount.cost,
          materialRevenue: input.materialAmount.revenue,
          revenueMargin: input.revenueMargin,
          discountRate: input.discountRate,
          horizonYears: input.horizonYears,
          crownThreshold: input.crownThreshold ?? before.crownThreshold,
          confidenceFromEvidence: input.confidenceFromEvidence ?? before.confidenceFromEvidence,
          note: input.note,
          createdBy: ctx.userId,
          createdAt: Date.now(),
        })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "scoring_model", entityId: row.id, action: "create", before, after: row });
    return await currentModel(tx, ctx.workspaceId);
  });
}
