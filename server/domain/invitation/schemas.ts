import { z } from "zod";
import { emailSchema, idSchema, roleSchema } from "../shared/inputs";

export const inviteInput = z.object({ email: emailSchema, role: roleSchema });
export const invitationIdInput = z.object({ invitationId: idSchema });
export const invitationTokenInput = z.object({ token: z.string().min(20).max(100) });
