import { z } from "zod";

export const listAuditInput = z.object({
  /** Both left out: the whole workspace's trail. */
  entityType: z.string().trim().min(1).max(50).optional(),
  entityId: z.string().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type ListAuditInput = z.infer<typeof listAuditInput>;
