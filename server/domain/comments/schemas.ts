import { z } from "zod";
import { tooLong } from "../shared/text";
import { COMMENT_ENTITY_TYPES } from "@/db/schema";
import { idSchema } from "../categories/schemas";

const entityType = z.enum(COMMENT_ENTITY_TYPES, { message: `Choose one of: ${COMMENT_ENTITY_TYPES.join(", ")}` });

export const listCommentsInput = z.object({
  entityType,
  entityId: idSchema,
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type ListCommentsInput = z.infer<typeof listCommentsInput>;

export const createCommentInput = z.object({
  entityType,
  entityId: idSchema,
  body: z.string().trim().min(1, "Write something first").max(10_000, tooLong("Comment", 10_000)),
});
export type CreateCommentInput = z.infer<typeof createCommentInput>;

export const commentIdInput = z.object({ id: idSchema });
