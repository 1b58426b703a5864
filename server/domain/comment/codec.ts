import { eq } from "drizzle-orm";
import { comments } from "@/db/schema";
import { defineCodec, epochMs, personRef, ref, sortBy } from "../shared/codec";
import { createCommentInput } from "./schemas";

/** Comments in the workspace file, each on an initiative or a canvas of the file. */
export const commentCodec = defineCodec({
  key: "comments",
  schema: createCommentInput.omit({ entityId: true }).extend({
    entityRef: ref,
    author: personRef,
    createdAt: epochMs.optional(),
  }),
  tables: [comments],
  read: async (db, workspaceId, refs) =>
    sortBy(
      await db.select().from(comments).where(eq(comments.workspaceId, workspaceId)),
      (c) => c.createdAt,
      (c) => c.entityType,
      (c) => refs.ref(c.entityType, c.entityId) ?? "",
      (c) => c.body,
      (c) => c.id,
    ),
  toFile: (c, refs) => {
    const entityRef = refs.ref(c.entityType, c.entityId);
    // A comment whose initiative or canvas is gone has nothing to hang on.
    if (!entityRef) return null;
    return { entityType: c.entityType, entityRef, body: c.body, author: refs.person(c.authorId), createdAt: c.createdAt };
  },
  fromFile: ({ entityRef, author, createdAt, ...c }, refs) => [
    [
      {
        ...c,
        workspaceId: refs.workspaceId,
        entityId: refs.idOf(c.entityType, entityRef),
        authorId: refs.person(author),
        ...refs.stamp(createdAt),
      },
    ],
  ],
});
