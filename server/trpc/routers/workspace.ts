import { z } from "zod";
import { createWorkspaceForUser, updateWorkspace } from "@/server/domain/workspaces/commands";
import { getWorkspace, getWorkspaceBySlug, listMyWorkspaces } from "@/server/domain/workspaces/queries";
import { createWorkspaceInput, updateWorkspaceInput } from "@/server/domain/workspaces/schemas";
import { authedCreateProcedure, authedProcedure, router, workspaceProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const workspaceRouter = router({
  list: authedProcedure.query(({ ctx }) => listMyWorkspaces(ctx)),
  bySlug: authedProcedure
    .input(z.object({ slug: z.string().min(1).max(100) }))
    .query(({ ctx, input }) => getWorkspaceBySlug(ctx, input.slug)),
  create: authedCreateProcedure
    .input(createWorkspaceInput)
    .mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createWorkspaceForUser(ctx, input))),
  get: workspaceProcedure.query(({ ctx }) => getWorkspace(ctx)),
  update: workspaceProcedure.meta({ action: "workspace.update" }).input(updateWorkspaceInput).mutation(({ ctx, input }) => updateWorkspace(ctx, input)),
});
