import { z } from "zod";
import { tooLong } from "../shared/text";
import { ROLES } from "@/db/schema";
import { emailSchema } from "../auth/schemas";

export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, "Give the workspace a name")
  .max(100, tooLong("Workspace name", 100));

export const createWorkspaceInput = z.object({ name: workspaceNameSchema });

export const updateWorkspaceInput = z.object({
  name: workspaceNameSchema,
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, "Use a three-letter currency code, like EUR or USD"),
  version: z.number().int().min(1),
});

export const roleSchema = z.enum(ROLES, { message: `Choose one of: ${ROLES.join(", ")}` });

export const inviteInput = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleInput = z.object({ userId: z.string().min(1).max(64), role: roleSchema });
export const removeMemberInput = z.object({ userId: z.string().min(1).max(64) });
export const invitationIdInput = z.object({ invitationId: z.string().min(1).max(64) });
export const invitationTokenInput = z.object({ token: z.string().min(20).max(100) });
