import { eq } from "drizzle-orm";
import { z } from "zod";
import { newId } from "@/db/ids";
import { scenarioCapacities, scenarioInitiatives, scenarios } from "@/db/schema";
import { MAX_PERIODS } from "../period/schemas";
import { defineCodec, epochMs, list, personRef, ref, sortBy } from "../shared/codec";
import { scenarioParts } from "./load";
import { MAX_FORCED, scenarioFieldSchemas as f } from "./schemas";

/**
 * Plan scenarios in the workspace file: capacities by period ref, forced
 * initiatives by initiative ref (both written before scenarios, so their refs
 * exist). Lists follow the plan's order, never random ids, so a round trip
 * gives the same file.
 */
export const scenarioCodec = defineCodec({
  key: "scenarios",
  schema: z.object({
    name: f.name,
    description: f.description.default(""),
    scoringModelNumber: f.scoringModelNumber.default(null),
    capacities: list(z.object({ periodRef: ref, capacity: f.capacity }), MAX_PERIODS, "capacities per scenario"),
    forceIn: list(ref, MAX_FORCED, "initiatives forced in per scenario"),
    forceOut: list(ref, MAX_FORCED, "initiatives forced out per scenario"),
    createdBy: personRef,
    createdAt: epochMs.optional(),
  }),
  tables: [scenarios, scenarioCapacities, scenarioInitiatives],
  read: async (db, workspaceId) => {
    const rows = sortBy(
      await db.select().from(scenarios).where(eq(scenarios.workspaceId, workspaceId)),
      (s) => s.name,
      (s) => s.createdAt,
      (s) => s.id,
    );
    const parts = await scenarioParts(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ ...r, ...parts.get(r.id)! }));
  },
  toFile: (s, refs) => {
    const initiativeRefs = (ids: string[]) =>
      [...ids].sort((a, b) => refs.order("initiative", a) - refs.order("initiative", b)).map((id) => refs.ref("initiative", id)!);
    return {
      name: s.name,
      description: s.description,
      scoringModelNumber: s.scoringModelNumber,
      capacities: s.capacities.map((c) => ({ periodRef: refs.ref("period", c.periodId)!, capacity: c.capacity })),
      forceIn: initiativeRefs(s.forceIn),
      forceOut: initiativeRefs(s.forceOut),
      createdBy: refs.person(s.createdBy),
      createdAt: s.createdAt,
    };
  },
  fromFile: ({ capacities, forceIn, forceOut, createdBy, createdAt, ...s }, refs) => {
    const id = newId();
    return [
      [{ ...s, id, workspaceId: refs.workspaceId, createdBy: refs.person(createdBy), ...refs.stamp(createdAt) }],
      capacities.map((c) => ({ scenarioId: id, periodId: refs.idOf("period", c.periodRef), capacity: c.capacity })),
      [
        ...forceIn.map((r) => ({ scenarioId: id, initiativeId: refs.idOf("initiative", r), mode: "in" as const })),
        ...forceOut.map((r) => ({ scenarioId: id, initiativeId: refs.idOf("initiative", r), mode: "out" as const })),
      ],
    ];
  },
});
