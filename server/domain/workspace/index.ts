import { procedureTable } from "../shared/procedure";
import { createWorkspaceForUser, updateWorkspace } from "./commands";
import { loadExampleData } from "./example";
import { getOnboarding, setOnboardingDismissed } from "./onboarding";
import { workspacePermissions } from "./permissions";
import { getWorkspace, getWorkspaceBySlug, listMyWorkspaces } from "./queries";
import { createWorkspaceInput, dismissOnboardingInput, updateWorkspaceInput, workspaceSlugInput } from "./schemas";

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
  onboarding: (p) => p.query(getOnboarding),
  dismissOnboarding: (p) => p.mutation(dismissOnboardingInput, setOnboardingDismissed),
  loadExample: (p) => p.mutation(loadExampleData),
});
