import { and, asc, eq, inArray } from "drizzle-orm";
import { initiativeMeasures, measures, periods } from "@/db/schema";
import { NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { writeTransaction } from "../shared/revision";
import { touchInitiative } from "./links";
import type { SetMeasureLinksInput } from "./schemas";

/**
 * Replaces the whole set of measures the initiative expects to move, like
 * its effects: the page edits a short list and saves it at once, and a
 * stale version is refused so two editors cannot silently undo each other.
 */
export async function setMeasureLinks(ctx: WorkspaceCtx, input: SetMeasureLinksInput) {
  return await writeTransaction(ctx, async (tx) => {
    const after = await touchInitiative(tx, ctx, input.initiativeId, input.version);
    const measureIds = input.links.map((l) => l.measureId);
    if (measureIds.length > 0) {
      const found = await tx
        .select({ id: measures.id })
        .from(measures)
        .where(and(eq(measures.workspaceId, ctx.workspaceId), inArray(measures.id, measureIds)));
      if (found.length !== measureIds.length) throw new NotFoundError("Measure");
    }
    const periodIds = [...new Set(input.links.flatMap((l) => (l.byPeriodId ? [l.byPeriodId] : [])))];
    if (periodIds.length > 0) {
      const found = await tx
        .select({ id: periods.id })
        .from(periods)
        .where(and(eq(periods.workspaceId, ctx.workspaceId), inArray(periods.id, periodIds)));
      if (found.length !== periodIds.length) throw new NotFoundError("Period");
    }
    const before = await tx
      .select({
        measureId: initiativeMeasures.measureId,
        expectedChange: initiativeMeasures.expectedChange,
        byPeriodId: initiativeMeasures.byPeriodId,
      })
      .from(initiativeMeasures)
      .where(eq(initiativeMeasures.initiativeId, input.initiativeId))
      .orderBy(asc(initiativeMeasures.measureId));
    await tx.delete(initiativeMeasures).where(eq(initiativeMeasures.initiativeId, input.initiativeId));
    if (input.links.length > 0) {
      await tx
        .insert(initiativeMeasures)
        .values(input.links.map((l) => ({ workspaceId: ctx.workspaceId, initiativeId: input.initiativeId, ...l })));
    }
    await recordAudit(tx, ctx, {
      entityType: "initiative",
      entityId: input.initiativeId,
      action: "set_measure_links",
      before: { measureLinks: before },
      after: { measureLinks: input.links },
      version: after.version,
      changes: [],
    });
    return { initiativeId: input.initiativeId, version: after.version, links: input.links };
  });
}
