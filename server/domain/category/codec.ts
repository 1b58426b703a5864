import { eq } from "drizzle-orm";
import { categories } from "@/db/schema";
import { defineCodec, epochMs, ref, sortBy } from "../shared/codec";
import { createCategoryInput } from "./schemas";

/** Categories in the workspace file (docs/workspace-format.md). */
export const categoryCodec = defineCodec({
  key: "categories",
  kind: "category",
  schema: createCategoryInput.extend({ ref, createdAt: epochMs.optional() }),
  tables: [categories],
  read: async (db, workspaceId) =>
    sortBy(
      await db.select().from(categories).where(eq(categories.workspaceId, workspaceId)),
      (c) => c.name,
      (c) => c.createdAt,
      (c) => c.id,
    ),
  toFile: (c, refs) => ({
    ref: refs.ref("category", c.id)!,
    name: c.name,
    need: c.need,
    jobToBeDone: c.jobToBeDone,
    description: c.description,
    digitalSavviness: c.digitalSavviness,
    size: c.size,
    weight: c.weight,
    createdAt: c.createdAt,
  }),
  fromFile: ({ ref, createdAt, ...c }, refs) => [
    [{ ...c, id: refs.idOf("category", ref), workspaceId: refs.workspaceId, ...refs.stamp(createdAt) }],
  ],
});
