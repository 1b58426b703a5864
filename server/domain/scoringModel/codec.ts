import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { scoringModels } from "@/db/schema";
import { defineCodec, epochMs, personRef } from "../shared/codec";
import { DEFAULT_CROWN_THRESHOLD } from "./defaults";
import { modelFields } from "./schemas";

/** The scoring model's versions in the workspace file, by number. */
export const scoringModelCodec = defineCodec({
  key: "scoringModels",
  schema: modelFields.extend({
    number: z.number().int().min(1).max(1_000_000),
    note: z.string().max(2_000).default(""),
    createdBy: personRef,
    createdAt: epochMs.optional(),
  }),
  tables: [scoringModels],
  read: async (db, workspaceId) =>
    await db.select().from(scoringModels).where(eq(scoringModels.workspaceId, workspaceId)).orderBy(asc(scoringModels.number)),
  toFile: (m, refs) => ({
    number: m.number,
    weights: { experience: m.weightExperience, cost: m.weightCost, revenue: m.weightRevenue },
    materialAmount: { cost: m.materialCost, revenue: m.materialRevenue },
    revenueMargin: m.revenueMargin,
    discountRate: m.discountRate,
    horizonYears: m.horizonYears,
    crownThreshold: m.crownThreshold,
    confidenceFromEvidence: m.confidenceFromEvidence,
    note: m.note,
    createdBy: refs.person(m.createdBy),
    createdAt: m.createdAt,
  }),
  fromFile: (m, refs) => [
    [
      {
        workspaceId: refs.workspaceId,
        number: m.number,
        weightExperience: m.weights.experience,
        weightCost: m.weights.cost,
        weightRevenue: m.weights.revenue,
        materialCost: m.materialAmount.cost,
        materialRevenue: m.materialAmount.revenue,
        revenueMargin: m.revenueMargin,
        discountRate: m.discountRate,
        horizonYears: m.horizonYears,
        // Files written before docs/scoring.md v2 have no threshold: they get v2's default.
        crownThreshold: m.crownThreshold ?? DEFAULT_CROWN_THRESHOLD,
        // Files written before issue 20 keep the hand-picked confidence.
        confidenceFromEvidence: m.confidenceFromEvidence ?? false,
        note: m.note,
        createdBy: refs.person(m.createdBy),
        createdAt: m.createdAt ?? refs.now,
      },
    ],
  ],
});
