import { z } from "zod";

/** Offset pagination with a hard bound: every list is bounded. */
export const pageInput = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type PageInput = z.infer<typeof pageInput>;

export type Page<T> = { items: T[]; total: number; limit: number; offset: number };
