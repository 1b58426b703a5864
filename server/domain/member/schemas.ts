import { z } from "zod";
import { idSchema, roleSchema } from "../shared/inputs";

export const changeRoleInput = z.object({ userId: idSchema, role: roleSchema });
export const removeMemberInput = z.object({ userId: idSchema });
