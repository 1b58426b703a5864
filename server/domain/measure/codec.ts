import { eq } from "drizzle-orm";
import { measureActuals, measures } from "@/db/schema";
import { defineCodec, epochMs, groupBy, list, personRef, ref, sortBy } from "../shared/codec";
import { addActualInput, createMeasureInput } from "./schemas";

const actual = addActualInput.omit({ measureId: true }).extend({ createdBy: personRef, createdAt: epochMs.optional() });

/** Measures in the workspace file, each on its canvas with its values. */
export const measureCodec = defineCodec({
  key: "measures",
  kind: "measure",
  schema: createMeasureInput.omit({ canvasId: true }).extend({
    ref,
    canvasRef: ref,
    actuals: list(actual, 10_000, "values per measure"),
    createdAt: epochMs.optional(),
  }),
  tables: [measures, measureActuals],
  read: async (db, workspaceId, refs) => {
    const actuals = groupBy(
      sortBy(
        await db.select().from(measureActuals).where(eq(measureActuals.workspaceId, workspaceId)),
        (a) => a.date,
        (a) => a.createdAt,
        (a) => a.value,
        (a) => a.id,
      ),
      (a) => a.measureId,
    );
    return sortBy(
      await db.select().from(measures).where(eq(measures.workspaceId, workspaceId)),
      (m) => refs.order("canvas", m.canvasId),
      (m) => m.name,
      (m) => m.createdAt,
      (m) => m.id,
    ).map((m) => ({ ...m, actuals: actuals.get(m.id) ?? [] }));
  },
  toFile: (m, refs) => ({
    ref: refs.ref("measure", m.id)!,
    canvasRef: refs.ref("canvas", m.canvasId)!,
    name: m.name,
    kind: m.kind,
    unit: m.unit,
    direction: m.direction,
    baseline: m.baseline,
    target: m.target,
    createdAt: m.createdAt,
    actuals: m.actuals.map((a) => ({
      date: a.date,
      value: a.value,
      note: a.note,
      createdBy: refs.person(a.createdBy),
      createdAt: a.createdAt,
    })),
  }),
  fromFile: ({ ref, canvasRef, createdAt, actuals, ...m }, refs) => {
    const measureId = refs.idOf("measure", ref);
    const { workspaceId } = refs;
    return [
      [
        {
          ...m,
          baseline: m.baseline ?? null,
          target: m.target ?? null,
          id: measureId,
          canvasId: refs.idOf("canvas", canvasRef),
          workspaceId,
          ...refs.stamp(createdAt),
        },
      ],
      actuals.map(({ createdBy, createdAt, ...a }) => ({
        ...a,
        measureId,
        workspaceId,
        createdBy: refs.person(createdBy),
        ...refs.stamp(createdAt),
      })),
    ];
  },
});
