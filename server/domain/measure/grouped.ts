import { asc, eq, sql } from "drizzle-orm";
import { canvases, categories, measures } from "@/db/schema";
import type { WorkspaceCtx } from "../shared/context";

/** Far above any real workspace's measures (the quota's default is 2,000); the reply says when it cut the list. */
const GROUPED_MEASURES_LIMIT = 5_000;

export type PickerMeasure = Pick<typeof measures.$inferSelect, "id" | "name" | "kind" | "unit" | "direction" | "baseline" | "target">;

/** The workspace's measures grouped by canvas (in category order), for the initiative page's picker. */
export async function listMeasuresGrouped(ctx: WorkspaceCtx) {
  const rows = await ctx.db
    .select({
      id: measures.id,
      name: measures.name,
      kind: measures.kind,
      unit: measures.unit,
      direction: measures.direction,
      baseline: measures.baseline,
      target: measures.target,
      canvasId: canvases.id,
      canvasTitle: canvases.title,
      categoryName: categories.name,
    })
    .from(measures)
    .innerJoin(canvases, eq(canvases.id, measures.canvasId))
    .innerJoin(categories, eq(categories.id, canvases.categoryId))
    .where(eq(measures.workspaceId, ctx.workspaceId))
    .orderBy(
      asc(sql`lower(${categories.name})`),
      asc(categories.id),
      asc(sql`lower(${canvases.title})`),
      asc(canvases.id),
      asc(sql`lower(${measures.name})`),
      asc(measures.id),
    )
    .limit(GROUPED_MEASURES_LIMIT + 1);
  const canvasGroups: { canvasId: string; canvasTitle: string; categoryName: string; measures: PickerMeasure[] }[] = [];
  for (const { canvasId, canvasTitle, categoryName, ...m } of rows.slice(0, GROUPED_MEASURES_LIMIT)) {
    let group = canvasGroups.at(-1);
    if (!group || group.canvasId !== canvasId) {
      group = { canvasId, canvasTitle, categoryName, measures: [] };
      canvasGroups.push(group);
    }
    group.measures.push(m);
  }
  return { canvases: canvasGroups, truncated: rows.length > GROUPED_MEASURES_LIMIT };
}
