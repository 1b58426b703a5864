import { z } from "zod";
import { idSchema, pageFields } from "../shared/inputs";

export const listAuditInput = z.object({
  /** Both left out: the whole workspace's trail. */
  entityType: z.string().trim().min(1).max(50).optional(),
  entityId: idSchema.optional(),
  ...pageFields({ max: 200, byDefault: 50 }),
});
export type ListAuditInput = z.infer<typeof listAuditInput>;
