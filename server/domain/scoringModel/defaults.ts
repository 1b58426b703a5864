import { scoringModels } from "@/db/schema";
import { DEFAULT_MODEL } from "@/server/scoring";
import type { DbOrTx } from "../shared/context";

/** docs/scoring.md v2's default, also the column's default (db/schema/planning.ts). */
export const DEFAULT_CROWN_THRESHOLD = 0.5;

/** Version 1 of every workspace's model: the defaults of docs/scoring.md §2. */
export async function insertDefaultModel(tx: DbOrTx, workspaceId: string, userId: string | null): Promise<void> {
  await tx.insert(scoringModels).values({
    workspaceId,
    number: 1,
    weightExperience: DEFAULT_MODEL.weights.experience,
    weightCost: DEFAULT_MODEL.weights.cost,
    weightRevenue: DEFAULT_MODEL.weights.revenue,
    materialCost: DEFAULT_MODEL.materialAmount.cost,
    materialRevenue: DEFAULT_MODEL.materialAmount.revenue,
    revenueMargin: DEFAULT_MODEL.revenueMargin,
    discountRate: DEFAULT_MODEL.discountRate,
    horizonYears: DEFAULT_MODEL.horizonYears,
    crownThreshold: DEFAULT_CROWN_THRESHOLD,
    note: "Default model",
    createdBy: userId,
    createdAt: Date.now(),
  });
}
