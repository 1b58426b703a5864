import { writeTransaction } from "../shared/revision";
import { and, eq, sql } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { ConflictError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { AuthedCtx, WorkspaceCtx } from "../shared/context";
import { takeWorkspaceSlot } from "../auth/throttles";
import { createWorkspace } from "./create";
import type { CreateWorkspaceInput, UpdateWorkspaceInput } from "./schemas";
import { requireWorkspaceRoom } from "../quotas";

export async function createWorkspaceForUser(ctx: AuthedCtx, input: CreateWorkspaceInput) {
  await takeWorkspaceSlot(ctx.db, ctx.userId);
  return await ctx.db.transaction(async (tx) => {
    await requireWorkspaceRoom(tx, ctx.userId);
    return await createWorkspace(tx, ctx.userId, input);
  });
}

export async function updateWorkspace(ctx: WorkspaceCtx, input: UpdateWorkspaceInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = (await tx.select().from(workspaces).where(eq(workspaces.id, ctx.workspaceId)))[0];
    if (!before) throw new NotFoundError("Workspace");
    const after = (
      await tx
        .update(workspaces)
        .set({ name: input.name, currency: input.currency, updatedAt: Date.now(), version: sql`${workspaces.version} + 1` })
        .where(and(eq(workspaces.id, ctx.workspaceId), eq(workspaces.version, input.version)))
        .returning()
    )[0];
    if (!after) throw new ConflictError("The workspace settings were changed by someone else since you opened them.");
    await recordAudit(tx, ctx, { entityType: "workspace", entityId: ctx.workspaceId, action: "update", before, after });
    return after;
  });
}
