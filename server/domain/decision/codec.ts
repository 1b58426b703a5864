import { eq } from "drizzle-orm";
import { z } from "zod";
import { decisions } from "@/db/schema";
import { defineCodec, epochMs, personRef, ref, sortBy } from "../shared/codec";
import { decisionFiguresSchema, decisionFromStatusSchema, decisionOutcomeSchema } from "./schemas";

/** Figures as stored; a row written by hand that no longer reads says so instead of stopping the export. */
function readFigures(stored: unknown): z.output<typeof decisionFiguresSchema> {
  const parsed = decisionFiguresSchema.safeParse(stored);
  return parsed.success ? parsed.data : { scored: false, reason: "The figures kept with this decision could not be read." };
}

/** The decision log in the workspace file: each decision on an initiative of the file, with its figures of then. */
export const decisionCodec = defineCodec({
  key: "decisions",
  schema: z.object({
    initiativeRef: ref,
    fromStatus: decisionFromStatusSchema,
    outcome: decisionOutcomeSchema,
    reason: z.string().max(2_000, "A reason has at most 2,000 characters").default(""),
    decidedBy: personRef,
    modelNumber: z.number().int().min(0, "A model number is 0 or more"),
    figures: decisionFiguresSchema,
    decidedAt: epochMs,
  }),
  tables: [decisions],
  read: async (db, workspaceId, refs) =>
    sortBy(
      await db.select().from(decisions).where(eq(decisions.workspaceId, workspaceId)),
      (d) => refs.order("initiative", d.initiativeId),
      (d) => d.decidedAt,
      (d) => d.outcome,
      (d) => d.reason,
      (d) => d.id,
    ),
  toFile: (d, refs) => {
    const initiativeRef = refs.ref("initiative", d.initiativeId);
    if (!initiativeRef) return null;
    return {
      initiativeRef,
      fromStatus: d.fromStatus,
      outcome: d.outcome,
      reason: d.reason,
      decidedBy: refs.person(d.decidedBy),
      modelNumber: d.modelNumber,
      figures: readFigures(d.figures),
      decidedAt: d.decidedAt,
    };
  },
  fromFile: ({ initiativeRef, decidedBy, ...d }, refs) => [
    [{ ...d, workspaceId: refs.workspaceId, initiativeId: refs.idOf("initiative", initiativeRef), decidedBy: refs.person(decidedBy) }],
  ],
});
