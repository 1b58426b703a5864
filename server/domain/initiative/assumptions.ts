import { writeTransaction } from "../shared/revision";
import { insertedRow } from "@/db/database";
import { and, eq } from "drizzle-orm";
import { initiativeAssumptions } from "@/db/schema";
import { NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import { throwMissingOrStale, updateVersioned } from "../shared/versioned";
import { initiativeInWorkspace } from "./access";
import type { AddAssumptionInput, DeleteByVersionInput, UpdateAssumptionInput } from "./schemas";

async function assumptionInWorkspace(tx: Tx, ctx: WorkspaceCtx, id: string) {
  const row = (
    await tx
      .select()
      .from(initiativeAssumptions)
      .where(and(eq(initiativeAssumptions.id, id), eq(initiativeAssumptions.workspaceId, ctx.workspaceId)))
  )[0];
  if (!row) throw new NotFoundError("Assumption");
  return row;
}

export async function addAssumption(ctx: WorkspaceCtx, input: AddAssumptionInput) {
  return await writeTransaction(ctx, async (tx) => {
    await initiativeInWorkspace(tx, ctx, input.initiativeId);
    const row = await insertedRow(
      tx
        .insert(initiativeAssumptions)
        .values({ workspaceId: ctx.workspaceId, ...input })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "assumption", entityId: row.id, action: "create", after: row });
    return row;
  });
}

export async function updateAssumption(ctx: WorkspaceCtx, input: UpdateAssumptionInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await assumptionInWorkspace(tx, ctx, input.id);
    const { id: _id, version: _version, ...values } = input;
    const after = await updateVersioned(tx, ctx, initiativeAssumptions, "Assumption", input, values);
    await recordAudit(tx, ctx, { entityType: "assumption", entityId: after.id, action: "update", before, after });
    return after;
  });
}

export async function deleteAssumption(ctx: WorkspaceCtx, input: DeleteByVersionInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await assumptionInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) await throwMissingOrStale(tx, ctx, initiativeAssumptions, "Assumption", input.id);
    await tx.delete(initiativeAssumptions).where(eq(initiativeAssumptions.id, input.id));
    await recordAudit(tx, ctx, { entityType: "assumption", entityId: input.id, action: "delete", before });
    return { deleted: true as const, id: input.id };
  });
}
