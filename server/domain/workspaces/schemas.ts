import { z } from "zod";
import { ROLES } from "@/db/schema";
import { emailSchema, idSchema, requiredText, TEXT_MAX, versionSchema } from "../shared/inputs";

export const workspaceNameSchema = requiredText("Workspace name", TEXT_MAX.name, "Give the workspace a name");

export const createWorkspaceInput = z.object({ name: workspaceNameSchema });

export const updateWorkspaceInput = z.object({
  name: workspaceNameSchema,
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, "Use a three-letter currency code, like EUR or USD"),
  version: versionSchema,
});

export const roleSchema = z.enum(ROLES, { message: `Choose one of: ${ROLES.join(", ")}` });

export const inviteInput = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleInput = z.object({ userId: idSchema, role: roleSchema });
export const removeMemberInput = z.object({ userId: idSchema });
export const invitationIdInput = z.object({ invitationId: idSchema });
export const invitationTokenInput = z.object({ token: z.string().min(20).max(100) });
