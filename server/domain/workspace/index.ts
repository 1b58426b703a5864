import { procedureTable } from "../shared/procedure";
import { createWorkspaceForUser, updateWorkspace } from "./commands";
import { workspacePermissions } from "./permissions";
import { getWorkspace, getWorkspaceBySlug, listMyWorkspaces } from "./queries";
import { createWorkspaceInput, updateWorkspaceInput, workspaceSlugInput } from "./schemas";

export * from "./commands";
export * from "./create";
export * from "./queries";
export * from "./schemas";
export { workspacePermissions };

export const workspaceProcedures = procedureTable(workspacePermissions, {
  list: (p) => p.query(listMyWorkspaces),
  bySlug: (p) => p.query(workspaceSlugInput, async (ctx, input) => await getWorkspaceBySlug(ctx, input.slug)),
  create: (p) => p.create(createWorkspaceInput, createWorkspaceForUser),
  get: (p) => p.query(getWorkspace),
  update: (p) => p.mutation(updateWorkspaceInput, updateWorkspace),
});
