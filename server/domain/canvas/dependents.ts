import { count, eq, inArray } from "drizzle-orm";
import { initiativeEffects, measures, moments } from "@/db/schema";
import type { DbOrTx } from "../shared/context";

/** What goes when these canvases go: their moments, measures and the initiative links to those moments. */
export async function dependentsOfCanvases(tx: DbOrTx, canvasIds: string[]) {
  if (canvasIds.length === 0) return { moments: 0, measures: 0, effectLinks: 0 };
  const momentCount = (await tx.select({ n: count() }).from(moments).where(inArray(moments.canvasId, canvasIds)))[0]?.n ?? 0;
  const measureCount = (await tx.select({ n: count() }).from(measures).where(inArray(measures.canvasId, canvasIds)))[0]?.n ?? 0;
  const effectLinks =
    (
      await tx
        .select({ n: count() })
        .from(initiativeEffects)
        .innerJoin(moments, eq(moments.id, initiativeEffects.momentId))
        .where(inArray(moments.canvasId, canvasIds))
    )[0]?.n ?? 0;
  return { moments: momentCount, measures: measureCount, effectLinks };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 canvases, 3 moments of truth, 1 measure and 1 initiative link to those moments" */
export function describeLoss(d: { canvases?: number; moments: number; measures: number; effectLinks: number }): string {
  const parts = [
    ...(d.canvases !== undefined ? [plural(d.canvases, "canvas", "canvases")] : []),
    plural(d.moments, "moment of truth", "moments of truth"),
    plural(d.measures, "measure", "measures"),
    ...(d.effectLinks > 0 ? [`${plural(d.effectLinks, "initiative link", "initiative links")} to those moments`] : []),
  ];
  const last = parts.pop()!;
  return parts.length ? `${parts.join(", ")} and ${last}` : last;
}
