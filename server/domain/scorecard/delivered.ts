import { asc, eq } from "drizzle-orm";
import { initiativeResults, periods } from "@/db/schema";
import { periodYears } from "@/server/scoring";
import type { DbOrTx } from "../shared/context";
import type { PeriodRow } from "../period/queries";

/** One period's recorded result of an initiative, with the period's place in the plan and its length in years. */
export type PeriodResult = {
  periodId: string;
  /** The period's index in the plan (PeriodRow.index). */
  periodIndex: number;
  /** periodYears of the period: a quarter is 0.25. */
  years: number;
  costReduction: number;
  revenueGrowth: number;
};

/**
 * Every recorded result of the workspace, per initiative, oldest period
 * first, in one query. `periods` are the plan's periods as loadPeriods reads
 * them (their last day depends on the next period, so it is not a column).
 */
export async function loadPeriodResults(db: DbOrTx, workspaceId: string, planPeriods: readonly PeriodRow[]) {
  const byId = new Map(planPeriods.map((p) => [p.id, p]));
  const out = new Map<string, PeriodResult[]>();
  for (const r of await db
    .select({
      initiativeId: initiativeResults.initiativeId,
      periodId: initiativeResults.periodId,
      cost: initiativeResults.actualCostReduction,
      revenue: initiativeResults.actualRevenueGrowth,
    })
    .from(initiativeResults)
    .innerJoin(periods, eq(periods.id, initiativeResults.periodId))
    .where(eq(initiativeResults.workspaceId, workspaceId))
    .orderBy(asc(initiativeResults.initiativeId), asc(periods.startDate), asc(periods.id))) {
    const p = byId.get(r.periodId);
    // A period beyond the plan's MAX_PERIODS is not loaded: its result cannot be set against a length.
    if (!p) continue;
    const row: PeriodResult = {
      periodId: r.periodId,
      periodIndex: p.index,
      years: periodYears(p.startDate, p.lastDay),
      costReduction: r.cost,
      revenueGrowth: r.revenue,
    };
    (out.get(r.initiativeId) ?? out.set(r.initiativeId, []).get(r.initiativeId)!).push(row);
  }
  return out;
}
