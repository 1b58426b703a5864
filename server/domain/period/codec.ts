import { eq } from "drizzle-orm";
import { periods } from "@/db/schema";
import { defineCodec, epochMs, ref, sortBy } from "../shared/codec";
import { endsAfterStart, periodFields } from "./schemas";

/** Planning periods in the workspace file. */
export const periodCodec = defineCodec({
  key: "periods",
  kind: "period",
  schema: periodFields.extend({ ref, createdAt: epochMs.optional() }).refine(...endsAfterStart),
  tables: [periods],
  read: async (db, workspaceId) =>
    sortBy(
      await db.select().from(periods).where(eq(periods.workspaceId, workspaceId)),
      (p) => p.startDate,
      (p) => p.label,
      (p) => p.createdAt,
      (p) => p.id,
    ),
  toFile: (p, refs) => ({
    ref: refs.ref("period", p.id)!,
    label: p.label,
    startDate: p.startDate,
    endDate: p.endDate,
    capacity: p.capacity,
    createdAt: p.createdAt,
  }),
  fromFile: ({ ref, createdAt, ...p }, refs) => [
    [{ ...p, id: refs.idOf("period", ref), workspaceId: refs.workspaceId, ...refs.stamp(createdAt) }],
  ],
});
