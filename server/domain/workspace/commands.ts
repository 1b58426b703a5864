import { and, eq, sql } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { ConflictError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { AuthedCtx, WorkspaceCtx } from "../shared/context";
import { takeWorkspaceSlot } from "../auth/throttles";
import { createWorkspace } from "./create";
import type { CreateWorkspaceInput, UpdateWorkspaceInput } from "./schemas";
import { requireWorkspaceRoom } from "../quotas";

export function createWorkspaceForUser(ctx: AuthedCtx, input: CreateWorkspaceInput) {
  takeWorkspaceSlot(ctx.db, ctx.userId);
  return ctx.db.transaction((tx) => {
    requireWorkspaceRoom(tx, ctx.userId);
    return createWorkspace(tx, ctx.userId, input);
  });
}

export function updateWorkspace(ctx: WorkspaceCtx, input: UpdateWorkspaceInput) {
  return ctx.db.transaction((tx) => {
    const before = tx.select().from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
    if (!before) throw new NotFoundError("Workspace");
    const after = tx
      .update(workspaces)
      .set({ name: input.name, currency: input.currency, updatedAt: Date.now(), version: sql`${workspaces.version} + 1` })
      .where(and(eq(workspaces.id, ctx.workspaceId), eq(workspaces.version, input.version)))
      .returning()
      .get();
    if (!after) throw new ConflictError("The workspace settings were changed by someone else since you opened them.");
    recordAudit(tx, ctx, { entityType: "workspace", entityId: ctx.workspaceId, action: "update", before, after });
    return after;
  });
}
