import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { and, eq, or } from "drizzle-orm";
import { comments, initiativeDependencies, initiativeResults, initiatives } from "@/db/schema";
import { ConflictError, ValidationError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { fieldNamer } from "../shared/labels";
import { updateMerging } from "../shared/merge";
import { throwMissingOrStale } from "../shared/versioned";
import { estimateColumns, FIELD_OF_COLUMN, initiativeInWorkspace, requireMember, toInitiative, type InitiativeRow } from "./access";
import {
  estimateOrderErrors,
  INITIATIVE_LABELS,
  type CreateInitiativeInput,
  type DeleteInitiativeInput,
  type UpdateInitiativeInput,
} from "./schemas";
import { checkInitialStatus, checkTransition, resolveStatusFields } from "./status-rules";
import { requireRoom } from "../quotas";
import { enqueueDecisionRequested } from "@/server/mail/decision-mails";
import { emitInitiativeEvents } from "../webhook/emit";

export async function createInitiative(ctx: WorkspaceCtx, input: CreateInitiativeInput) {
  checkInitialStatus(ctx.role, input.status);
  const statusFields = resolveStatusFields(
    { status: "proposed", startPeriod: null, pinnedPeriod: null, progress: 0 },
    { status: input.status, startPeriod: input.startPeriod, pinnedPeriod: input.pinnedPeriod, progress: input.progress },
  );
  return await writeTransaction(ctx, async (tx) => {
    await requireRoom(tx, ctx.workspaceId, "initiatives");
    if (input.ownerId) await requireMember(tx, ctx, input.ownerId);
    const row = await insertedRow(
      tx
        .insert(initiatives)
        .values({
          workspaceId: ctx.workspaceId,
          title: input.title,
          problem: input.problem,
          ownerId: input.ownerId,
          department: input.department,
          ...estimateColumns(input),
          investment: input.investment,
          effort: input.effort,
          durationPeriods: input.durationPeriods,
          confidence: input.confidence,
          ...statusFields,
          createdBy: ctx.userId,
        })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "initiative", entityId: row.id, action: "create", after: row });
    if (row.status === "proposed") await enqueueDecisionRequested(tx, ctx, row);
    await emitInitiativeEvents(tx, ctx, { kind: "created", after: row });
    return toInitiative(row);
  });
}

const INITIATIVE_ENTITY = { name: "Initiative", type: "initiative", fieldOf: fieldNamer(INITIATIVE_LABELS, FIELD_OF_COLUMN) };

/** low <= likely <= high on the estimates the update would leave, marked on the part that was sent. */
function checkEstimateOrder(before: InitiativeRow, input: UpdateInitiativeInput): void {
  const cost = input.costReduction
    ? estimateOrderErrors(
        "costReduction",
        { low: before.costLow, likely: before.costLikely, high: before.costHigh, ...input.costReduction },
        input.costReduction,
      )
    : {};
  const revenue = input.revenueGrowth
    ? estimateOrderErrors(
        "revenueGrowth",
        { low: before.revenueLow, likely: before.revenueLikely, high: before.revenueHigh, ...input.revenueGrowth },
        input.revenueGrowth,
      )
    : {};
  const errors = { ...cost, ...revenue };
  const messages = Object.values(errors).flat();
  if (messages.length > 0) throw new ValidationError(messages.join("; "), errors);
}

/**
 * Only the fields sent change; edits others made since `version` to other
 * fields are kept (a merge), the same field edited by both is a CONFLICT.
 */
export async function updateInitiative(ctx: WorkspaceCtx, input: UpdateInitiativeInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await initiativeInWorkspace(tx, ctx, input.id);
    if (input.status) checkTransition(ctx.role, before.status, input.status, "edit");
    const statusFields = resolveStatusFields(before, input);
    if (input.ownerId) await requireMember(tx, ctx, input.ownerId);
    checkEstimateOrder(before, input);

    const { id: _id, version: _version, costReduction: _c, revenueGrowth: _r, ...plain } = input;
    const { row: after, baseVersion } = await updateMerging(tx, ctx, initiatives, INITIATIVE_ENTITY, input, {
      ...plain,
      ...estimateColumns(input),
      ...statusFields,
    });
    await recordAudit(tx, ctx, { entityType: "initiative", entityId: after.id, action: "update", before, after, baseVersion });
    if (before.status !== "proposed" && after.status === "proposed") await enqueueDecisionRequested(tx, ctx, after);
    await emitInitiativeEvents(tx, ctx, { kind: "updated", before, after });
    return toInitiative(after);
  });
}

/**
 * Deleting takes its effects, assumptions, results, comments and dependency
 * links with it. When other initiatives depend on it or results are recorded,
 * the caller must confirm, so nothing is lost by surprise.
 */
export async function deleteInitiative(ctx: WorkspaceCtx, input: DeleteInitiativeInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await initiativeInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) await throwMissingOrStale(tx, ctx, initiatives, "Initiative", input.id);
    if (!input.confirm) {
      const dependents = await tx
        .select({ title: initiatives.title })
        .from(initiativeDependencies)
        .innerJoin(initiatives, eq(initiatives.id, initiativeDependencies.initiativeId))
        .where(eq(initiativeDependencies.dependsOnId, input.id))
        .limit(6);
      const results = (
        await tx.select({ id: initiativeResults.id }).from(initiativeResults).where(eq(initiativeResults.initiativeId, input.id))
      ).length;
      if (dependents.length > 0 || results > 0) {
        const parts = [];
        if (dependents.length > 0) parts.push(`${dependents.map((d) => `"${d.title}"`).join(", ")} depend on it`);
        if (results > 0) parts.push(`${results} realised result${results === 1 ? " is" : "s are"} recorded`);
        throw new ConflictError(`"${before.title}" is still in use: ${parts.join(" and ")}. Confirm to delete it anyway.`, {
          needsConfirm: true,
          dependents: dependents.map((d) => d.title),
          results,
        });
      }
    }
    await tx
      .delete(comments)
      .where(and(eq(comments.workspaceId, ctx.workspaceId), eq(comments.entityType, "initiative"), eq(comments.entityId, input.id)));
    await tx
      .delete(initiativeDependencies)
      .where(or(eq(initiativeDependencies.initiativeId, input.id), eq(initiativeDependencies.dependsOnId, input.id)));
    await tx.delete(initiatives).where(and(eq(initiatives.id, input.id), eq(initiatives.workspaceId, ctx.workspaceId)));
    await recordAudit(tx, ctx, { entityType: "initiative", entityId: input.id, action: "delete", before });
    return { deleted: true as const, id: input.id };
  });
}
