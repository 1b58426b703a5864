import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { initiativeMeasures, initiatives, measureActuals, measures } from "@/db/schema";
import { measureVerdict, type Reading, type VerdictResult } from "@/server/scoring";
import type { DbOrTx } from "../shared/context";
import { loadPeriods, type PeriodRow } from "../period/queries";

/** A period as an outcome names it. */
type PeriodRef = { id: string; index: number; label: string; startDate: string; lastDay: string };

/** One measure an initiative expects to move, and, once it is done, what the measure did. */
export type MeasureOutcome = {
  initiativeId: string;
  initiativeStatus: (typeof initiatives.$inferSelect)["status"];
  measureId: string;
  measureName: string;
  canvasId: string;
  kind: (typeof measures.$inferSelect)["kind"];
  unit: string;
  direction: (typeof measures.$inferSelect)["direction"];
  expectedChange: number;
  /** The period by whose end the change is expected, when one was named. */
  byPeriod: PeriodRef | null;
  /** The period the initiative finishes (or finished) in: start + duration − 1; null when outside the plan's periods. */
  finishPeriod: PeriodRef | null;
  /** The reading against the expectation: null until the initiative is done. */
  result: VerdictResult | null;
};

const refOf = (p: PeriodRow | undefined): PeriodRef | null =>
  p ? { id: p.id, index: p.index, label: p.label, startDate: p.startDate, lastDay: p.lastDay } : null;

/**
 * The measure links of a workspace's initiatives (all, or the ones named)
 * with their verdicts (docs/scoring.md §10.3). Reads every reading of the
 * linked measures once; a done initiative whose finish period is not among
 * the plan's periods is "not measured", since there is no date to read
 * before and after.
 */
export async function measureOutcomes(db: DbOrTx, workspaceId: string, initiativeIds?: readonly string[]): Promise<MeasureOutcome[]> {
  if (initiativeIds?.length === 0) return [];
  const where: SQL[] = [eq(initiativeMeasures.workspaceId, workspaceId)];
  if (initiativeIds) where.push(inArray(initiativeMeasures.initiativeId, [...initiativeIds]));
  const links = await db
    .select({
      initiativeId: initiativeMeasures.initiativeId,
      measureId: initiativeMeasures.measureId,
      expectedChange: initiativeMeasures.expectedChange,
      byPeriodId: initiativeMeasures.byPeriodId,
      status: initiatives.status,
      startPeriod: initiatives.startPeriod,
      durationPeriods: initiatives.durationPeriods,
      measureName: measures.name,
      canvasId: measures.canvasId,
      kind: measures.kind,
      unit: measures.unit,
      direction: measures.direction,
      baseline: measures.baseline,
    })
    .from(initiativeMeasures)
    .innerJoin(initiatives, eq(initiatives.id, initiativeMeasures.initiativeId))
    .innerJoin(measures, eq(measures.id, initiativeMeasures.measureId))
    .where(and(...where))
    .orderBy(asc(initiativeMeasures.initiativeId), asc(measures.name), asc(measures.id));
  if (links.length === 0) return [];

  const periods = await loadPeriods(db, workspaceId);
  const periodById = new Map(periods.map((p) => [p.id, p]));
  const readings = new Map<string, Reading[]>();
  const measureIds = [...new Set(links.map((l) => l.measureId))];
  // Oldest first, and within a date by entry: the last one read wins, as on the canvas.
  for (const r of await db
    .select({ measureId: measureActuals.measureId, date: measureActuals.date, value: measureActuals.value })
    .from(measureActuals)
    .where(and(eq(measureActuals.workspaceId, workspaceId), inArray(measureActuals.measureId, measureIds)))
    .orderBy(asc(measureActuals.measureId), asc(measureActuals.date), asc(measureActuals.createdAt), asc(measureActuals.id))) {
    (readings.get(r.measureId) ?? readings.set(r.measureId, []).get(r.measureId)!).push({ date: r.date, value: r.value });
  }

  return links.map((l) => {
    const finish = l.startPeriod === null ? undefined : periods[l.startPeriod + l.durationPeriods - 1];
    const finishPeriod = refOf(finish);
    let result: VerdictResult | null = null;
    if (l.status === "done") {
      result = finishPeriod
        ? measureVerdict({
            expectedChange: l.expectedChange,
            baseline: l.baseline,
            readings: readings.get(l.measureId) ?? [],
            finishStart: finishPeriod.startDate,
            finishEnd: finishPeriod.lastDay,
          })
        : { verdict: "not_measured", before: null, after: null, observed: null, achieved: null };
    }
    return {
      initiativeId: l.initiativeId,
      initiativeStatus: l.status,
      measureId: l.measureId,
      measureName: l.measureName,
      canvasId: l.canvasId,
      kind: l.kind,
      unit: l.unit,
      direction: l.direction,
      expectedChange: l.expectedChange,
      byPeriod: l.byPeriodId ? refOf(periodById.get(l.byPeriodId)) : null,
      finishPeriod,
      result,
    };
  });
}
