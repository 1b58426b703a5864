import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { initiativeEffects, initiatives, moments } from "@/db/schema";
import { annualCost, gap, hotSpotScore, isHotSpot } from "@/server/scoring";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";

export type MomentRow = typeof moments.$inferSelect;
type LinkedInitiative = { id: string; title: string; effect: number };

/** The hot-spot numbers of docs/scoring.md §2, computed on read, never stored. */
export function computedFields(m: Pick<MomentRow, "importance" | "performance" | "volumePerYear" | "costPerInteraction">) {
  return { gap: gap(m), hotSpotScore: hotSpotScore(m), annualCost: annualCost(m), isHotSpot: isHotSpot(m) };
}

/** Initiatives that touch each moment, keyed by moment id; `scope` narrows which moments. */
export async function linkedInitiativesOf(
  db: DbOrTx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  scope: { canvasId: string } | { momentIds: string[] },
): Promise<Map<string, LinkedInitiative[]>> {
  const out = new Map<string, LinkedInitiative[]>();
  let filter: SQL;
  if ("canvasId" in scope) {
    filter = eq(moments.canvasId, scope.canvasId);
  } else {
    if (scope.momentIds.length === 0) return out;
    filter = inArray(initiativeEffects.momentId, scope.momentIds);
  }
  const rows = await db
    .select({
      momentId: initiativeEffects.momentId,
      id: initiatives.id,
      title: initiatives.title,
      effect: initiativeEffects.effect,
    })
    .from(initiativeEffects)
    .innerJoin(moments, eq(moments.id, initiativeEffects.momentId))
    .innerJoin(initiatives, eq(initiatives.id, initiativeEffects.initiativeId))
    .where(
      and(
        eq(initiativeEffects.workspaceId, ctx.workspaceId),
        eq(initiatives.workspaceId, ctx.workspaceId),
        eq(moments.workspaceId, ctx.workspaceId),
        filter,
      ),
    )
    .orderBy(asc(sql`lower(${initiatives.title})`), asc(initiatives.id));
  for (const r of rows) {
    const list = out.get(r.momentId) ?? [];
    list.push({ id: r.id, title: r.title, effect: r.effect });
    out.set(r.momentId, list);
  }
  return out;
}

export function withComputed<T extends MomentRow>(row: T, links: Map<string, LinkedInitiative[]>) {
  return { ...row, ...computedFields(row), linkedInitiatives: links.get(row.id) ?? [] };
}
