import { z } from "zod";
import { requiredText, TEXT_MAX, versionSchema } from "../shared/inputs";

export const workspaceNameSchema = requiredText("Workspace name", TEXT_MAX.name, "Give the workspace a name");

export const createWorkspaceInput = z.object({ name: workspaceNameSchema });
export type CreateWorkspaceInput = z.infer<typeof createWorkspaceInput>;

export const workspaceSlugInput = z.object({ slug: z.string().min(1).max(100) });

export const updateWorkspaceInput = z.object({
  name: workspaceNameSchema,
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, "Use a three-letter currency code, like EUR or USD"),
  version: versionSchema,
});
export type UpdateWorkspaceInput = z.infer<typeof updateWorkspaceInput>;

export const dismissOnboardingInput = z.object({
  dismissed: z.boolean({ message: "Say whether to hide the checklist (true) or show it again (false)" }),
});
