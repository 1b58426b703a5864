import { and, asc, eq, inArray } from "drizzle-orm";
import { periods, scenarioCapacities, scenarioInitiatives, scenarios } from "@/db/schema";
import { compareIds } from "@/server/scoring";
import { NotFoundError } from "../errors";
import type { DbOrTx } from "../shared/context";

type ScenarioRow = typeof scenarios.$inferSelect;

/** A scenario with what it changes, as `scenario.get` answers and the plan applies it. */
export type Scenario = {
  id: string;
  name: string;
  description: string;
  /** null: the workspace's current model. */
  scoringModelNumber: number | null;
  version: number;
  createdAt: number;
  updatedAt: number;
  /** Capacity overrides in the plan's period order. */
  capacities: { periodId: string; capacity: number }[];
  /** Initiative ids, sorted. */
  forceIn: string[];
  forceOut: string[];
};

/** The capacities and forced initiatives of these scenarios, by scenario id. */
export async function scenarioParts(db: DbOrTx, scenarioIds: readonly string[]) {
  const parts = new Map(
    scenarioIds.map((id) => [id, { capacities: [] as Scenario["capacities"], forceIn: [] as string[], forceOut: [] as string[] }]),
  );
  if (scenarioIds.length === 0) return parts;
  const capacityRows = await db
    .select({ scenarioId: scenarioCapacities.scenarioId, periodId: scenarioCapacities.periodId, capacity: scenarioCapacities.capacity })
    .from(scenarioCapacities)
    .innerJoin(periods, eq(periods.id, scenarioCapacities.periodId))
    .where(inArray(scenarioCapacities.scenarioId, [...scenarioIds]))
    .orderBy(asc(periods.startDate), asc(periods.id));
  for (const c of capacityRows) parts.get(c.scenarioId)!.capacities.push({ periodId: c.periodId, capacity: c.capacity });
  const forcedRows = await db
    .select()
    .from(scenarioInitiatives)
    .where(inArray(scenarioInitiatives.scenarioId, [...scenarioIds]));
  for (const f of forcedRows) (f.mode === "in" ? parts.get(f.scenarioId)!.forceIn : parts.get(f.scenarioId)!.forceOut).push(f.initiativeId);
  for (const p of parts.values()) {
    p.forceIn.sort(compareIds);
    p.forceOut.sort(compareIds);
  }
  return parts;
}

export function toScenario(row: ScenarioRow, parts: Pick<Scenario, "capacities" | "forceIn" | "forceOut">): Scenario {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scoringModelNumber: row.scoringModelNumber,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    capacities: parts.capacities,
    forceIn: parts.forceIn,
    forceOut: parts.forceOut,
  };
}

/** The scenario row if it is in the workspace; NotFound when it is absent or another workspace's. */
export async function scenarioRow(db: DbOrTx, workspaceId: string, id: string): Promise<ScenarioRow> {
  const [row] = await db
    .select()
    .from(scenarios)
    .where(and(eq(scenarios.id, id), eq(scenarios.workspaceId, workspaceId)));
  if (!row) throw new NotFoundError("Scenario");
  return row;
}

/**
 * One scenario of the workspace with what it changes; NotFound when it is
 * absent or another workspace's. The plan domain applies it from this.
 */
export async function loadScenario(db: DbOrTx, workspaceId: string, id: string): Promise<Scenario> {
  const row = await scenarioRow(db, workspaceId, id);
  return toScenario(row, (await scenarioParts(db, [row.id])).get(row.id)!);
}
