import { eq } from "drizzle-orm";
import { z } from "zod";
import { moments } from "@/db/schema";
import { defineCodec, epochMs, ref, sortBy } from "../shared/codec";
import { createMomentInput } from "./schemas";

/** Moments of truth in the workspace file, each on its canvas. */
export const momentCodec = defineCodec({
  key: "moments",
  kind: "moment",
  schema: createMomentInput.omit({ canvasId: true }).extend({
    ref,
    canvasRef: ref,
    position: z.number().int().min(0).max(1_000_000).default(0),
    createdAt: epochMs.optional(),
  }),
  tables: [moments],
  read: (db, workspaceId, refs) =>
    sortBy(
      db.select().from(moments).where(eq(moments.workspaceId, workspaceId)).all(),
      (m) => refs.order("canvas", m.canvasId),
      (m) => m.position,
      (m) => m.name,
      (m) => m.createdAt,
      (m) => m.id,
    ),
  toFile: (m, refs) => ({
    ref: refs.ref("moment", m.id)!,
    canvasRef: refs.ref("canvas", m.canvasId)!,
    name: m.name,
    stage: m.stage,
    journeyType: m.journeyType,
    channel: m.channel,
    importance: m.importance,
    performance: m.performance,
    volumePerYear: m.volumePerYear,
    costPerInteraction: m.costPerInteraction,
    position: m.position,
    createdAt: m.createdAt,
  }),
  fromFile: ({ ref, canvasRef, createdAt, ...m }, refs) => [
    [
      {
        ...m,
        id: refs.idOf("moment", ref),
        canvasId: refs.idOf("canvas", canvasRef),
        workspaceId: refs.workspaceId,
        ...refs.stamp(createdAt),
      },
    ],
  ],
});
