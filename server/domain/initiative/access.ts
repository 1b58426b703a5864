import { and, eq } from "drizzle-orm";
import { initiatives, memberships } from "@/db/schema";
import { NotFoundError } from "../errors";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { rowInWorkspace } from "../shared/in-workspace";

export type InitiativeRow = typeof initiatives.$inferSelect;

/** The row, or NotFound when it is absent or belongs to another workspace. */
export async function initiativeInWorkspace(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, id: string): Promise<InitiativeRow> {
  return rowInWorkspace(db, ctx, initiatives, "Initiative", id);
}

/** An owner must be a member of the workspace; anyone else is NotFound (never says whether the user exists). */
export async function requireMember(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, userId: string): Promise<void> {
  const member = (
    await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, userId)))
  )[0];
  if (!member) throw new NotFoundError("Owner (a member of this workspace)");
}

/** The API shape: estimates as {low, likely, high} instead of six columns. */
export function toInitiative(row: InitiativeRow) {
  return {
    id: row.id,
    title: row.title,
    problem: row.problem,
    ownerId: row.ownerId,
    department: row.department,
    status: row.status,
    costReduction: { low: row.costLow, likely: row.costLikely, high: row.costHigh },
    revenueGrowth: { low: row.revenueLow, likely: row.revenueLikely, high: row.revenueHigh },
    investment: row.investment,
    effort: row.effort,
    durationPeriods: row.durationPeriods,
    confidence: row.confidence,
    startPeriod: row.startPeriod,
    pinnedPeriod: row.pinnedPeriod,
    progress: row.progress,
    decisionReason: row.decisionReason,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
export type Initiative = ReturnType<typeof toInitiative>;

type EstimatePatch = { low?: number; likely?: number; high?: number };
type EstimateColumn = "costLow" | "costLikely" | "costHigh" | "revenueLow" | "revenueLikely" | "revenueHigh";

/** Which API field each estimate column holds: a CONFLICT names the field the form shows. */
export const FIELD_OF_COLUMN: Record<EstimateColumn, string> = {
  costLow: "costReduction.low",
  costLikely: "costReduction.likely",
  costHigh: "costReduction.high",
  revenueLow: "revenueGrowth.low",
  revenueLikely: "revenueGrowth.likely",
  revenueHigh: "revenueGrowth.high",
};

/** Column values for the estimate parts that are present (an update may send one part alone). */
export function estimateColumns(input: { costReduction?: EstimatePatch; revenueGrowth?: EstimatePatch }) {
  const out: Partial<Record<EstimateColumn, number>> = {};
  const put = (column: EstimateColumn, value: number | undefined) => {
    if (value !== undefined) out[column] = value;
  };
  put("costLow", input.costReduction?.low);
  put("costLikely", input.costReduction?.likely);
  put("costHigh", input.costReduction?.high);
  put("revenueLow", input.revenueGrowth?.low);
  put("revenueLikely", input.revenueGrowth?.likely);
  put("revenueHigh", input.revenueGrowth?.high);
  return out;
}
