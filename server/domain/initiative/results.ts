import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { and, eq } from "drizzle-orm";
import { initiativeResults, periods } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { throwMissingOrStale, updateVersioned } from "../shared/versioned";
import { initiativeInWorkspace } from "./access";
import type { DeleteByVersionInput, RecordResultInput } from "./schemas";

/**
 * What an initiative actually delivered in one period: one row per
 * (initiative, period). Recording again updates it, naming the version read.
 */
export async function recordResult(ctx: WorkspaceCtx, input: RecordResultInput) {
  return await writeTransaction(ctx, async (tx) => {
    const initiative = await initiativeInWorkspace(tx, ctx, input.initiativeId);
    const period = (
      await tx
        .select({ id: periods.id })
        .from(periods)
        .where(and(eq(periods.id, input.periodId), eq(periods.workspaceId, ctx.workspaceId)))
    )[0];
    if (!period) throw new NotFoundError("Period");
    if (initiative.status === "proposed" || initiative.status === "approved") {
      throw new ValidationError("Record results once the initiative is in progress.", {
        initiativeId: [`"${initiative.title}" has not started yet`],
      });
    }
    const values = {
      actualCostReduction: input.actualCostReduction,
      actualRevenueGrowth: input.actualRevenueGrowth,
      note: input.note,
    };
    const existing = (
      await tx
        .select()
        .from(initiativeResults)
        .where(and(eq(initiativeResults.initiativeId, input.initiativeId), eq(initiativeResults.periodId, input.periodId)))
    )[0];
    if (!existing) {
      const row = await insertedRow(
        tx
          .insert(initiativeResults)
          .values({ workspaceId: ctx.workspaceId, initiativeId: input.initiativeId, periodId: input.periodId, ...values })
          .returning(),
      );
      await recordAudit(tx, ctx, { entityType: "initiative_result", entityId: row.id, action: "create", after: row });
      return row;
    }
    if (input.version === undefined) {
      throw new ConflictError("A result for this period is already recorded: reload it and change that one.", {
        currentVersion: existing.version,
        resultId: existing.id,
      });
    }
    const after = await updateVersioned(tx, ctx, initiativeResults, "Result", { id: existing.id, version: input.version }, values);
    await recordAudit(tx, ctx, { entityType: "initiative_result", entityId: after.id, action: "update", before: existing, after });
    return after;
  });
}

export async function deleteResult(ctx: WorkspaceCtx, input: DeleteByVersionInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = (
      await tx
        .select()
        .from(initiativeResults)
        .where(and(eq(initiativeResults.id, input.id), eq(initiativeResults.workspaceId, ctx.workspaceId)))
    )[0];
    if (!before) throw new NotFoundError("Result");
    if (before.version !== input.version) await throwMissingOrStale(tx, ctx, initiativeResults, "Result", input.id);
    await tx.delete(initiativeResults).where(eq(initiativeResults.id, input.id));
    await recordAudit(tx, ctx, { entityType: "initiative_result", entityId: input.id, action: "delete", before });
    return { deleted: true as const, id: input.id };
  });
}
