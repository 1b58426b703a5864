import { and, asc, eq, isNotNull, or, sql } from "drizzle-orm";
import { initiatives, periods } from "@/db/schema";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";

/** The workspace's period ids in plan order (index 0 first). */
export async function periodOrder(tx: Tx, workspaceId: string): Promise<string[]> {
  return (
    await tx
      .select({ id: periods.id })
      .from(periods)
      .where(eq(periods.workspaceId, workspaceId))
      .orderBy(asc(periods.startDate), asc(periods.id))
  ).map((p) => p.id);
}

type Mapping = { start: (index: number) => number; pinned: (index: number) => number };

/**
 * Initiatives store their start and pin as period indexes, so adding, moving
 * or deleting a period would silently shift them onto another quarter. This
 * maps an old index to the new one: a surviving period keeps its identity;
 * a deleted one sends a start to just before the next surviving period (so
 * work started in a dropped first quarter reads "before the plan") and a pin
 * to the next surviving period; indexes before the plan move with the first
 * period, indexes beyond it with the last.
 */
function indexMapping(oldIds: readonly string[], newIds: readonly string[]): Mapping {
  const newIndex = new Map(newIds.map((id, i) => [id, i]));
  const survivingBefore: number[] = [];
  let surviving = 0;
  for (const id of oldIds) {
    survivingBefore.push(surviving);
    if (newIndex.has(id)) surviving++;
  }
  const startOf = (k: number) => newIndex.get(oldIds[k]!) ?? survivingBefore[k]! - 1;
  const pinOf = (k: number) => newIndex.get(oldIds[k]!) ?? survivingBefore[k]!;
  const beyond = newIds.length - oldIds.length;
  const map = (own: (k: number) => number) => (index: number) => {
    if (index < 0) return index + startOf(0);
    if (index >= oldIds.length) return index + beyond;
    return own(index);
  };
  return { start: map(startOf), pinned: map(pinOf) };
}

/** Rewrites the start and pin of every affected initiative after the period order changed. */
export async function reindexInitiatives(tx: Tx, ctx: WorkspaceCtx, oldIds: readonly string[], newIds: readonly string[]): Promise<number> {
  if (oldIds.length === 0 || oldIds.join("\n") === newIds.join("\n")) return 0;
  const mapping = indexMapping(oldIds, newIds);
  const rows = await tx
    .select({ id: initiatives.id, startPeriod: initiatives.startPeriod, pinnedPeriod: initiatives.pinnedPeriod })
    .from(initiatives)
    .where(and(eq(initiatives.workspaceId, ctx.workspaceId), or(isNotNull(initiatives.startPeriod), isNotNull(initiatives.pinnedPeriod))));
  let changed = 0;
  for (const row of rows) {
    const startPeriod = row.startPeriod === null ? null : mapping.start(row.startPeriod);
    const pinnedPeriod = row.pinnedPeriod === null ? null : Math.max(0, mapping.pinned(row.pinnedPeriod));
    if (startPeriod === row.startPeriod && pinnedPeriod === row.pinnedPeriod) continue;
    await tx
      .update(initiatives)
      .set({ startPeriod, pinnedPeriod, updatedAt: Date.now(), version: sql`${initiatives.version} + 1` })
      .where(eq(initiatives.id, row.id));
    await recordAudit(tx, ctx, {
      entityType: "initiative",
      entityId: row.id,
      action: "reindex_periods",
      before: { startPeriod: row.startPeriod, pinnedPeriod: row.pinnedPeriod },
      after: { startPeriod, pinnedPeriod },
    });
    changed++;
  }
  return changed;
}
