import { and, desc, eq, sql } from "drizzle-orm";
import { scoringModels, users } from "@/db/schema";
import { DEFAULT_MODEL, type ScoringModel } from "@/server/scoring";
import { DEFAULT_CROWN_THRESHOLD } from "./defaults";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import type { PageInput } from "../shared/inputs";
import type { Page } from "../shared/pagination";

type ModelRow = typeof scoringModels.$inferSelect;

/** The engine's shape of a stored model. */
function toEngineModel(
  row: Pick<
    ModelRow,
    | "weightExperience"
    | "weightCost"
    | "weightRevenue"
    | "materialCost"
    | "materialRevenue"
    | "revenueMargin"
    | "discountRate"
    | "horizonYears"
    | "crownThreshold"
  >,
): ScoringModel & { crownThreshold: number } {
  return {
    weights: { experience: row.weightExperience, cost: row.weightCost, revenue: row.weightRevenue },
    materialAmount: { cost: row.materialCost, revenue: row.materialRevenue },
    revenueMargin: row.revenueMargin,
    discountRate: row.discountRate,
    horizonYears: row.horizonYears,
    crownThreshold: row.crownThreshold,
  };
}

function toModel(row: ModelRow & { createdByName?: string | null }) {
  return {
    id: row.id,
    number: row.number,
    ...toEngineModel(row),
    confidenceFromEvidence: row.confidenceFromEvidence,
    note: row.note,
    createdAt: row.createdAt,
    createdBy: row.createdBy ? { id: row.createdBy, name: row.createdByName ?? null } : null,
  };
}
export type StoredModel = ReturnType<typeof toModel>;

/** The engine's part of a stored model (no id, number, note or author): what planning and scoring read. */
export function engineModelOf(model: StoredModel): ScoringModel {
  const { weights, materialAmount, revenueMargin, discountRate, horizonYears, crownThreshold } = model;
  return { weights, materialAmount, revenueMargin, discountRate, horizonYears, crownThreshold };
}

const withAuthor = { model: scoringModels, createdByName: users.name };

/**
 * The current model (the highest number). A workspace always gets version 1
 * when it is created; should it lack one, the defaults apply as number 0.
 */
export async function currentModel(db: DbOrTx, workspaceId: string): Promise<StoredModel> {
  const row = (
    await db
      .select(withAuthor)
      .from(scoringModels)
      .leftJoin(users, eq(users.id, scoringModels.createdBy))
      .where(eq(scoringModels.workspaceId, workspaceId))
      .orderBy(desc(scoringModels.number))
      .limit(1)
  )[0];
  if (row) return toModel({ ...row.model, createdByName: row.createdByName });
  return {
    id: "",
    number: 0,
    weights: { ...DEFAULT_MODEL.weights },
    materialAmount: { ...DEFAULT_MODEL.materialAmount },
    revenueMargin: DEFAULT_MODEL.revenueMargin,
    discountRate: DEFAULT_MODEL.discountRate,
    horizonYears: DEFAULT_MODEL.horizonYears,
    crownThreshold: DEFAULT_CROWN_THRESHOLD,
    confidenceFromEvidence: false,
    note: "Default model",
    createdAt: 0,
    createdBy: null,
  };
}

/** One version of the model by its number (a scenario may plan with an older one); null when there is none. */
export async function modelByNumber(db: DbOrTx, workspaceId: string, number: number): Promise<StoredModel | null> {
  const row = (
    await db
      .select(withAuthor)
      .from(scoringModels)
      .leftJoin(users, eq(users.id, scoringModels.createdBy))
      .where(and(eq(scoringModels.workspaceId, workspaceId), eq(scoringModels.number, number)))
  )[0];
  return row ? toModel({ ...row.model, createdByName: row.createdByName }) : null;
}

export async function getModel(ctx: WorkspaceCtx) {
  return await currentModel(ctx.db, ctx.workspaceId);
}

/** Every version, newest first, with its author. */
export async function modelHistory(ctx: WorkspaceCtx, input: PageInput): Promise<Page<StoredModel>> {
  const rows = await ctx.db
    .select(withAuthor)
    .from(scoringModels)
    .leftJoin(users, eq(users.id, scoringModels.createdBy))
    .where(eq(scoringModels.workspaceId, ctx.workspaceId))
    .orderBy(desc(scoringModels.number))
    .limit(input.limit)
    .offset(input.offset);
  const total = (
    await ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(scoringModels)
      .where(eq(scoringModels.workspaceId, ctx.workspaceId))
  )[0]?.n;
  return {
    items: rows.map((r) => toModel({ ...r.model, createdByName: r.createdByName })),
    total: Number(total ?? 0),
    limit: input.limit,
    offset: input.offset,
  };
}
