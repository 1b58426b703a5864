import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { initiativeResults, periods } from "@/db/schema";
import { ConflictError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import { throwMissingOrStale, updateVersioned } from "../shared/versioned";
import { refuseOverlaps } from "./overlaps";
import { quarterPeriods } from "./quarters";
import { periodOrder, reindexInitiatives } from "./reindex";
import { MAX_PERIODS, type CreatePeriodInput, type CreateQuartersInput, type DeletePeriodInput, type UpdatePeriodInput } from "./schemas";

function periodInWorkspace(tx: Tx, ctx: WorkspaceCtx, id: string) {
  const row = tx
    .select()
    .from(periods)
    .where(and(eq(periods.id, id), eq(periods.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFoundError("Period");
  return row;
}

/** Two periods starting the same day would have no defined order. */
function refuseTakenDates(tx: Tx, ctx: WorkspaceCtx, dates: string[], exceptId?: string): void {
  const taken = tx
    .select({ label: periods.label, startDate: periods.startDate })
    .from(periods)
    .where(
      and(eq(periods.workspaceId, ctx.workspaceId), inArray(periods.startDate, dates), exceptId ? ne(periods.id, exceptId) : undefined),
    )
    .all();
  if (taken.length > 0) {
    const list = taken.map((p) => `${p.startDate} (${p.label})`).join(", ");
    throw new ConflictError(`A period already starts on ${list}.`);
  }
}

function refuseTooMany(tx: Tx, ctx: WorkspaceCtx, adding: number): void {
  const count =
    tx
      .select({ n: sql<number>`count(*)` })
      .from(periods)
      .where(eq(periods.workspaceId, ctx.workspaceId))
      .get()?.n ?? 0;
  if (Number(count) + adding > MAX_PERIODS) {
    throw new ConflictError(`A workspace has at most ${MAX_PERIODS} periods (it has ${count}).`);
  }
}

export function createPeriod(ctx: WorkspaceCtx, input: CreatePeriodInput) {
  return ctx.db.transaction((tx) => {
    refuseTooMany(tx, ctx, 1);
    refuseTakenDates(tx, ctx, [input.startDate]);
    const before = periodOrder(tx, ctx.workspaceId);
    const row = tx
      .insert(periods)
      .values({ workspaceId: ctx.workspaceId, ...input })
      .returning()
      .get();
    refuseOverlaps(tx, ctx.workspaceId);
    recordAudit(tx, ctx, { entityType: "period", entityId: row.id, action: "create", after: row });
    reindexInitiatives(tx, ctx, before, periodOrder(tx, ctx.workspaceId));
    return row;
  });
}

/** N consecutive three-month periods labelled by calendar quarter ("Q1 2026"). */
export function createQuarters(ctx: WorkspaceCtx, input: CreateQuartersInput) {
  const planned = quarterPeriods(input.startDate, input.count);
  return ctx.db.transaction((tx) => {
    refuseTooMany(tx, ctx, planned.length);
    refuseTakenDates(
      tx,
      ctx,
      planned.map((p) => p.startDate),
    );
    const before = periodOrder(tx, ctx.workspaceId);
    const rows = tx
      .insert(periods)
      .values(planned.map((p) => ({ workspaceId: ctx.workspaceId, ...p, capacity: input.capacity })))
      .returning()
      .all();
    refuseOverlaps(tx, ctx.workspaceId);
    for (const row of rows) recordAudit(tx, ctx, { entityType: "period", entityId: row.id, action: "create", after: row });
    reindexInitiatives(tx, ctx, before, periodOrder(tx, ctx.workspaceId));
    return rows;
  });
}

export function updatePeriod(ctx: WorkspaceCtx, input: UpdatePeriodInput) {
  return ctx.db.transaction((tx) => {
    const before = periodInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) throwMissingOrStale(tx, ctx, periods, "Period", input.id);
    if (input.startDate !== undefined && input.startDate !== before.startDate) refuseTakenDates(tx, ctx, [input.startDate], input.id);
    const order = periodOrder(tx, ctx.workspaceId);
    const { id: _id, version: _version, ...values } = input;
    const after = updateVersioned(tx, ctx, periods, "Period", input, values);
    refuseOverlaps(tx, ctx.workspaceId);
    recordAudit(tx, ctx, { entityType: "period", entityId: after.id, action: "update", before, after });
    reindexInitiatives(tx, ctx, order, periodOrder(tx, ctx.workspaceId));
    return after;
  });
}

/** Realised results recorded for the period go with it, but only when the caller confirms. */
export function deletePeriod(ctx: WorkspaceCtx, input: DeletePeriodInput) {
  return ctx.db.transaction((tx) => {
    const before = periodInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) throwMissingOrStale(tx, ctx, periods, "Period", input.id);
    const results = tx
      .select({ id: initiativeResults.id })
      .from(initiativeResults)
      .where(eq(initiativeResults.periodId, input.id))
      .all().length;
    if (results > 0 && !input.confirm) {
      throw new ConflictError(
        `${results} realised result${results === 1 ? " is" : "s are"} recorded for ${before.label}: confirm to delete ${results === 1 ? "it" : "them"} with the period.`,
        { needsConfirm: true, results },
      );
    }
    const order = periodOrder(tx, ctx.workspaceId);
    tx.delete(initiativeResults).where(eq(initiativeResults.periodId, input.id)).run();
    tx.delete(periods).where(eq(periods.id, input.id)).run();
    recordAudit(tx, ctx, { entityType: "period", entityId: input.id, action: "delete", before: { ...before, results } });
    reindexInitiatives(tx, ctx, order, periodOrder(tx, ctx.workspaceId));
    return { deleted: true as const, id: input.id, resultsDeleted: results };
  });
}
