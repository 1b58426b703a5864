import { count, inArray } from "drizzle-orm";
import { measures, moments } from "@/db/schema";
import { isHotSpot } from "@/server/scoring";
import type { DbOrTx } from "../shared/context";

export type CanvasCounts = { momentsCount: number; measuresCount: number; hotSpotCount: number };

/** Moments, hot spots and measures per canvas, in two grouped queries for a whole page of canvases. */
export async function canvasCounts(db: DbOrTx, canvasIds: string[]): Promise<(id: string) => CanvasCounts> {
  const momentRows =
    canvasIds.length === 0
      ? []
      : await db
          .select({
            id: moments.canvasId,
            importance: moments.importance,
            performance: moments.performance,
            n: count(),
          })
          .from(moments)
          .where(inArray(moments.canvasId, canvasIds))
          .groupBy(moments.canvasId, moments.importance, moments.performance);
  const measureRows =
    canvasIds.length === 0
      ? []
      : await db
          .select({ id: measures.canvasId, n: count() })
          .from(measures)
          .where(inArray(measures.canvasId, canvasIds))
          .groupBy(measures.canvasId);
  const out = new Map<string, CanvasCounts>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { momentsCount: 0, measuresCount: 0, hotSpotCount: 0 }));
    return e;
  };
  // Grouped by rating, so the hot-spot rule stays the engine's (isHotSpot), not a copy in SQL.
  for (const r of momentRows) {
    const e = entry(r.id);
    e.momentsCount += r.n;
    if (isHotSpot(r)) e.hotSpotCount += r.n;
  }
  for (const r of measureRows) entry(r.id).measuresCount = r.n;
  return (id) => out.get(id) ?? { momentsCount: 0, measuresCount: 0, hotSpotCount: 0 };
}
