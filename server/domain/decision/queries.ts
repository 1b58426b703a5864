import { and, asc, desc, eq } from "drizzle-orm";
import { decisions, initiativeResults, initiatives, users } from "@/db/schema";
import { periodYears } from "@/server/scoring";
import { loadPeriods } from "../period/queries";
import type { WorkspaceCtx } from "../shared/context";
import { rowInWorkspace } from "../shared/in-workspace";
import { decisionFiguresSchema, type DecisionFigures, type ListDecisionsInput } from "./schemas";

/** One money crown realised against what a decision expected for the same periods. */
export type RealisedAgainst = { realised: number; planned: number; share: number | null };

/** What the initiative has delivered in its recorded periods, and the years those periods span. */
export type RealisedSoFar = { periods: number; years: number; costReduction: number; revenueGrowth: number };

async function realisedSoFar(ctx: WorkspaceCtx, initiativeId: string): Promise<RealisedSoFar> {
  const rows = await ctx.db
    .select({
      periodId: initiativeResults.periodId,
      cost: initiativeResults.actualCostReduction,
      revenue: initiativeResults.actualRevenueGrowth,
    })
    .from(initiativeResults)
    .where(and(eq(initiativeResults.initiativeId, initiativeId), eq(initiativeResults.workspaceId, ctx.workspaceId)));
  if (rows.length === 0) return { periods: 0, years: 0, costReduction: 0, revenueGrowth: 0 };
  const byId = new Map((await loadPeriods(ctx.db, ctx.workspaceId)).map((p) => [p.id, p]));
  let years = 0;
  let costReduction = 0;
  let revenueGrowth = 0;
  for (const r of rows) {
    const p = byId.get(r.periodId)!;
    years += periodYears(p.startDate, p.lastDay);
    costReduction += r.cost;
    revenueGrowth += r.revenue;
  }
  return { periods: rows.length, years, costReduction, revenueGrowth };
}

/** Realised over the recorded periods against likely × their years (docs/scoring.md §10.1); the share is null when nothing was planned. */
function against(realised: number, likelyPerYear: number, years: number): RealisedAgainst {
  const planned = likelyPerYear * years;
  return { realised, planned, share: planned === 0 ? null : realised / planned };
}

/**
 * An initiative's decisions, newest first, each with the figures the
 * scorecard showed when it was taken and, for approvals, what the initiative
 * has realised since against what those figures planned for the same periods.
 */
export async function listDecisions(ctx: WorkspaceCtx, input: ListDecisionsInput) {
  await rowInWorkspace(ctx.db, ctx, initiatives, "Initiative", input.initiativeId);
  const rows = await ctx.db
    .select({ d: decisions, decidedByName: users.name })
    .from(decisions)
    .leftJoin(users, eq(users.id, decisions.decidedBy))
    .where(and(eq(decisions.initiativeId, input.initiativeId), eq(decisions.workspaceId, ctx.workspaceId)))
    .orderBy(desc(decisions.decidedAt), asc(decisions.id));
  const realised = rows.some((r) => r.d.outcome === "approved") ? await realisedSoFar(ctx, input.initiativeId) : null;
  const items = rows.map(({ d, decidedByName }) => {
    const parsed = decisionFiguresSchema.safeParse(d.figures);
    const figures: DecisionFigures = parsed.success
      ? parsed.data
      : { scored: false, reason: "The figures kept with this decision cannot be read." };
    const since =
      d.outcome === "approved" && figures.scored && realised && realised.periods > 0
        ? {
            periods: realised.periods,
            costReduction: against(realised.costReduction, figures.costReduction.likely, realised.years),
            revenueGrowth: against(realised.revenueGrowth, figures.revenueGrowth.likely, realised.years),
          }
        : null;
    return {
      id: d.id,
      fromStatus: d.fromStatus,
      outcome: d.outcome,
      reason: d.reason,
      decidedBy: d.decidedBy ? { id: d.decidedBy, name: decidedByName } : null,
      modelNumber: d.modelNumber,
      decidedAt: d.decidedAt,
      figures,
      realisedSince: since,
    };
  });
  return { items };
}
export type DecisionEntry = Awaited<ReturnType<typeof listDecisions>>["items"][number];
