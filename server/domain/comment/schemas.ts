import { z } from "zod";
import { COMMENT_ENTITY_TYPES } from "@/db/schema/values";
import { idSchema, pageFields, requiredText, TEXT_MAX } from "../shared/inputs";

const entityType = z.enum(COMMENT_ENTITY_TYPES, { message: `Choose one of: ${COMMENT_ENTITY_TYPES.join(", ")}` });

export const listCommentsInput = z.object({
  entityType,
  entityId: idSchema,
  ...pageFields({ max: 200, byDefault: 50 }),
});
export type ListCommentsInput = z.infer<typeof listCommentsInput>;

export const createCommentInput = z.object({
  entityType,
  entityId: idSchema,
  body: requiredText("Comment", TEXT_MAX.long, "Write something first"),
});
export type CreateCommentInput = z.infer<typeof createCommentInput>;

export const commentIdInput = z.object({ id: idSchema });
