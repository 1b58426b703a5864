import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
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

async function periodInWorkspace(tx: Tx, ctx: WorkspaceCtx, id: string) {
  const row = (
    await tx
      .select()
      .from(periods)
      .where(and(eq(periods.id, id), eq(periods.workspaceId, ctx.workspaceId)))
  )[0];
  if (!row) throw new NotFoundError("Period");
  return row;
}

/** Two periods starting the same day would have no defined order. */
async function refuseTakenDates(tx: Tx, ctx: WorkspaceCtx, dates: string[], exceptId?: string): Promise<void> {
  const taken = await tx
    .select({ label: periods.label, startDate: periods.startDate })
    .from(periods)
    .where(
      and(eq(periods.workspaceId, ctx.workspaceId), inArray(periods.startDate, dates), exceptId ? ne(periods.id, exceptId) : undefined),
    );
  if (taken.length > 0) {
    const list = taken.map((p) => `${p.startDate} (${p.label})`).join(", ");
    throw new ConflictError(`A period already starts on ${list}.`);
  }
}

async function refuseTooMany(tx: Tx, ctx: WorkspaceCtx, adding: number): Promise<void> {
  const count =
    (
      await tx
        .select({ n: sql<number>`count(*)` })
        .from(periods)
        .where(eq(periods.workspaceId, ctx.workspaceId))
    )[0]?.n ?? 0;
  if (Number(count) + adding > MAX_PERIODS) {
    throw new ConflictError(`A workspace has at most ${MAX_PERIODS} periods (it has ${count}).`);
  }
}

export async function createPeriod(ctx: WorkspaceCtx, input: CreatePeriodInput) {
  return await writeTransaction(ctx, async (tx) => {
    await refuseTooMany(tx, ctx, 1);
    await refuseTakenDates(tx, ctx, [input.startDate]);
    const before = await periodOrder(tx, ctx.workspaceId);
    const row = await insertedRow(
      tx
        .insert(periods)
        .values({ workspaceId: ctx.workspaceId, ...input })
        .returning(),
    );
    await refuseOverlaps(tx, ctx.workspaceId);
    await recordAudit(tx, ctx, { entityType: "period", entityId: row.id, action: "create", after: row });
    await reindexInitiatives(tx, ctx, before, await periodOrder(tx, ctx.workspaceId));
    return row;
  });
}

/** N consecutive three-month periods labelled by calendar quarter ("Q1 2026"). */
export async function createQuarters(ctx: WorkspaceCtx, input: CreateQuartersInput) {
  const planned = quarterPeriods(input.startDate, input.count);
  return await writeTransaction(ctx, async (tx) => {
    await refuseTooMany(tx, ctx, planned.length);
    await refuseTakenDates(
      tx,
      ctx,
      planned.map((p) => p.startDate),
    );
    const before = await periodOrder(tx, ctx.workspaceId);
    const rows = await tx
      .insert(periods)
      .values(planned.map((p) => ({ workspaceId: ctx.workspaceId, ...p, capacity: input.capacity })))
      .returning();
    await refuseOverlaps(tx, ctx.workspaceId);
    for (const row of rows) await recordAudit(tx, ctx, { entityType: "period", entityId: row.id, action: "create", after: row });
    await reindexInitiatives(tx, ctx, before, await periodOrder(tx, ctx.workspaceId));
    return rows;
  });
}

export async function updatePeriod(ctx: WorkspaceCtx, input: UpdatePeriodInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await periodInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) await throwMissingOrStale(tx, ctx, periods, "Period", input.id);
    if (input.startDate !== undefined && input.startDate !== before.startDate) await refuseTakenDates(tx, ctx, [input.startDate], input.id);
    const order = await periodOrder(tx, ctx.workspaceId);
    const { id: _id, version: _version, ...values } = input;
    const after = await updateVersioned(tx, ctx, periods, "Period", input, values);
    await refuseOverlaps(tx, ctx.workspaceId);
    await recordAudit(tx, ctx, { entityType: "period", entityId: after.id, action: "update", before, after });
    await reindexInitiatives(tx, ctx, order, await periodOrder(tx, ctx.workspaceId));
    return after;
  });
}

/** Realised results recorded for the period go with it, but only when the caller confirms. */
export async function deletePeriod(ctx: WorkspaceCtx, input: DeletePeriodInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await periodInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) await throwMissingOrStale(tx, ctx, periods, "Period", input.id);
    const results = (await tx.select({ id: initiativeResults.id }).from(initiativeResults).where(eq(initiativeResults.periodId, input.id)))
      .length;
    if (results > 0 && !input.confirm) {
      throw new ConflictError(
        `${results} realised result${results === 1 ? " is" : "s are"} recorded for ${before.label}: confirm to delete ${results === 1 ? "it" : "them"} with the period.`,
        { needsConfirm: true, results },
      );
    }
    const order = await periodOrder(tx, ctx.workspaceId);
    await tx.delete(initiativeResults).where(eq(initiativeResults.periodId, input.id));
    await tx.delete(periods).where(eq(periods.id, input.id));
    await recordAudit(tx, ctx, { entityType: "period", entityId: input.id, action: "delete", before: { ...before, results } });
    await reindexInitiatives(tx, ctx, order, await periodOrder(tx, ctx.workspaceId));
    return { deleted: true as const, id: input.id, resultsDeleted: results };
  });
}
