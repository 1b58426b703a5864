import { and, asc, eq, inArray } from "drizzle-orm";
import { initiativeMeasures, initiatives } from "@/db/schema";
import type { DbOrTx } from "../shared/context";
import { loadPeriods } from "../period/queries";

/** A done initiative that expected to move a measure, dated at the last day of the period it finished in. */
export type MeasureFinish = { initiativeId: string; title: string; date: string; periodLabel: string };

/**
 * The finishes of done initiatives linked to these measures, for the canvas
 * charts: one query for the links and one for the periods, however many
 * measures the list holds. An initiative whose finish period is not among
 * the plan's periods has no date to mark and is left out.
 */
export async function measureFinishes(
  db: DbOrTx,
  workspaceId: string,
  measureIds: readonly string[],
): Promise<Map<string, MeasureFinish[]>> {
  const out = new Map<string, MeasureFinish[]>();
  if (measureIds.length === 0) return out;
  const links = await db
    .select({
      measureId: initiativeMeasures.measureId,
      initiativeId: initiatives.id,
      title: initiatives.title,
      startPeriod: initiatives.startPeriod,
      durationPeriods: initiatives.durationPeriods,
    })
    .from(initiativeMeasures)
    .innerJoin(initiatives, eq(initiatives.id, initiativeMeasures.initiativeId))
    .where(
      and(
        eq(initiativeMeasures.workspaceId, workspaceId),
        inArray(initiativeMeasures.measureId, [...measureIds]),
        eq(initiatives.status, "done"),
      ),
    )
    .orderBy(asc(initiatives.title), asc(initiatives.id));
  if (links.length === 0) return out;
  const periods = await loadPeriods(db, workspaceId);
  for (const l of links) {
    const finish = l.startPeriod === null ? undefined : periods[l.startPeriod + l.durationPeriods - 1];
    if (!finish) continue;
    const mark = { initiativeId: l.initiativeId, title: l.title, date: finish.lastDay, periodLabel: finish.label };
    (out.get(l.measureId) ?? out.set(l.measureId, []).get(l.measureId)!).push(mark);
  }
  for (const marks of out.values()) marks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}
