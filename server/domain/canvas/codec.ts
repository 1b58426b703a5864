import { eq } from "drizzle-orm";
import { canvases } from "@/db/schema";
import { defineCodec, epochMs, ref, sortBy } from "../shared/codec";
import { createCanvasInput } from "./schemas";

/** Canvases in the workspace file, each under its category. */
export const canvasCodec = defineCodec({
  key: "canvases",
  kind: "canvas",
  schema: createCanvasInput.omit({ categoryId: true }).extend({ ref, categoryRef: ref, createdAt: epochMs.optional() }),
  tables: [canvases],
  read: async (db, workspaceId, refs) =>
    sortBy(
      await db.select().from(canvases).where(eq(canvases.workspaceId, workspaceId)),
      (c) => refs.order("category", c.categoryId),
      (c) => c.title,
      (c) => c.createdAt,
      (c) => c.id,
    ),
  toFile: (c, refs) => ({
    ref: refs.ref("canvas", c.id)!,
    categoryRef: refs.ref("category", c.categoryId)!,
    title: c.title,
    outcomeStatement: c.outcomeStatement,
    context: c.context,
    expectations: c.expectations,
    painPoints: c.painPoints,
    notes: c.notes,
    status: c.status,
    createdAt: c.createdAt,
  }),
  fromFile: ({ ref, categoryRef, createdAt, ...c }, refs) => [
    [
      {
        ...c,
        id: refs.idOf("canvas", ref),
        categoryId: refs.idOf("category", categoryRef),
        workspaceId: refs.workspaceId,
        updatedBy: refs.userId,
        ...refs.stamp(createdAt),
      },
    ],
  ],
});
