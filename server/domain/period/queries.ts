import { asc, eq } from "drizzle-orm";
import { periods } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { planCalendar } from "./calendar";
import { periodLastDay } from "./current";
import { MAX_PERIODS } from "./schemas";

/** The plan's periods in order; `index` is what initiatives' startPeriod and pinnedPeriod refer to. */
export async function loadPeriods(db: DbOrTx, workspaceId: string) {
  return (
    await db
      .select({
        id: periods.id,
        label: periods.label,
        startDate: periods.startDate,
        endDate: periods.endDate,
        capacity: periods.capacity,
        version: periods.version,
        updatedAt: periods.updatedAt,
      })
      .from(periods)
      .where(eq(periods.workspaceId, workspaceId))
      .orderBy(asc(periods.startDate), asc(periods.id))
      .limit(MAX_PERIODS)
  ).map((p, index, all) => ({ ...p, index, lastDay: periodLastDay(all, index) }));
}
export type PeriodRow = Awaited<ReturnType<typeof loadPeriods>>[number];

export async function listPeriods(ctx: WorkspaceCtx) {
  return await loadPeriods(ctx.db, ctx.workspaceId);
}

/** The periods and where today falls among them (the server's clock): dialogs default from it. */
export async function periodCalendar(ctx: WorkspaceCtx) {
  const list = await loadPeriods(ctx.db, ctx.workspaceId);
  return { ...planCalendar(list), periods: list };
}
