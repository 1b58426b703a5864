import { and, eq } from "drizzle-orm";
import { initiativeAssumptions } from "@/db/schema";
import { NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import { throwMissingOrStale, updateVersioned } from "../shared/versioned";
import { initiativeInWorkspace } from "./access";
import type { AddAssumptionInput, DeleteByVersionInput, UpdateAssumptionInput } from "./schemas";

function assumptionInWorkspace(tx: Tx, ctx: WorkspaceCtx, id: string) {
  const row = tx
    .select()
    .from(initiativeAssumptions)
    .where(and(eq(initiativeAssumptions.id, id), eq(initiativeAssumptions.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFoundError("Assumption");
  return row;
}

export function addAssumption(ctx: WorkspaceCtx, input: AddAssumptionInput) {
  return ctx.db.transaction((tx) => {
    initiativeInWorkspace(tx, ctx, input.initiativeId);
    const row = tx
      .insert(initiativeAssumptions)
      .values({ workspaceId: ctx.workspaceId, ...input })
      .returning()
      .get();
    recordAudit(tx, ctx, { entityType: "assumption", entityId: row.id, action: "create", after: row });
    return row;
  });
}

export function updateAssumption(ctx: WorkspaceCtx, input: UpdateAssumptionInput) {
  return ctx.db.transaction((tx) => {
    const before = assumptionInWorkspace(tx, ctx, input.id);
    const { id: _id, version: _version, ...values } = input;
    const after = updateVersioned(tx, ctx, initiativeAssumptions, "Assumption", input, values);
    recordAudit(tx, ctx, { entityType: "assumption", entityId: after.id, action: "update", before, after });
    return after;
  });
}

export function deleteAssumption(ctx: WorkspaceCtx, input: DeleteByVersionInput) {
  return ctx.db.transaction((tx) => {
    const before = assumptionInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) throwMissingOrStale(tx, ctx, initiativeAssumptions, "Assumption", input.id);
    tx.delete(initiativeAssumptions).where(eq(initiativeAssumptions.id, input.id)).run();
    recordAudit(tx, ctx, { entityType: "assumption", entityId: input.id, action: "delete", before });
    return { deleted: true as const, id: input.id };
  });
}
