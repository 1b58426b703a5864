import { and, eq } from "drizzle-orm";
import { insertedRow } from "@/db/database";
import { scenarioCapacities, scenarioInitiatives, scenarios } from "@/db/schema";
import { requireRoom } from "../quotas";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import { writeTransaction } from "../shared/revision";
import { throwMissingOrStale, updateVersioned } from "../shared/versioned";
import { refuseBadScenario } from "./checks";
import { loadScenario, type Scenario } from "./load";
import type { CreateScenarioInput, DeleteScenarioInput, DuplicateScenarioInput, UpdateScenarioInput } from "./schemas";

const ROWS_PER_STATEMENT = 200;

async function writeCapacities(tx: Tx, scenarioId: string, capacities: Scenario["capacities"]) {
  await tx.delete(scenarioCapacities).where(eq(scenarioCapacities.scenarioId, scenarioId));
  for (let i = 0; i < capacities.length; i += ROWS_PER_STATEMENT) {
    await tx.insert(scenarioCapacities).values(capacities.slice(i, i + ROWS_PER_STATEMENT).map((c) => ({ scenarioId, ...c })));
  }
}

async function writeForced(tx: Tx, scenarioId: string, mode: "in" | "out", ids: readonly string[]) {
  await tx.delete(scenarioInitiatives).where(and(eq(scenarioInitiatives.scenarioId, scenarioId), eq(scenarioInitiatives.mode, mode)));
  for (let i = 0; i < ids.length; i += ROWS_PER_STATEMENT) {
    await tx
      .insert(scenarioInitiatives)
      .values(ids.slice(i, i + ROWS_PER_STATEMENT).map((initiativeId) => ({ scenarioId, initiativeId, mode })));
  }
}

/** A new scenario row with its lists, in the caller's transaction; the lists were checked. */
async function insertScenario(tx: Tx, ctx: WorkspaceCtx, s: Omit<Scenario, "id" | "version" | "createdAt" | "updatedAt">) {
  const row = await insertedRow(
    tx
      .insert(scenarios)
      .values({
        workspaceId: ctx.workspaceId,
        name: s.name,
        description: s.description,
        scoringModelNumber: s.scoringModelNumber,
        createdBy: ctx.userId,
      })
      .returning(),
  );
  await writeCapacities(tx, row.id, s.capacities);
  await writeForced(tx, row.id, "in", s.forceIn);
  await writeForced(tx, row.id, "out", s.forceOut);
  return await loadScenario(tx, ctx.workspaceId, row.id);
}

export async function createScenario(ctx: WorkspaceCtx, input: CreateScenarioInput): Promise<Scenario> {
  return await writeTransaction(ctx, async (tx) => {
    await requireRoom(tx, ctx.workspaceId, "scenarios");
    await refuseBadScenario(tx, ctx, input);
    const after = await insertScenario(tx, ctx, input);
    await recordAudit(tx, ctx, { entityType: "scenario", entityId: after.id, action: "create", after });
    return after;
  });
}

/** Changes the fields given; each list given replaces the scenario's list. The version moves with any change. */
export async function updateScenario(ctx: WorkspaceCtx, input: UpdateScenarioInput): Promise<Scenario> {
  const { id, expectedVersion, capacities, forceIn, forceOut, ...values } = input;
  return await writeTransaction(ctx, async (tx) => {
    const before = await loadScenario(tx, ctx.workspaceId, id);
    if (before.version !== expectedVersion) await throwMissingOrStale(tx, ctx, scenarios, "Scenario", id);
    await refuseBadScenario(tx, ctx, input, before);
    await updateVersioned(tx, ctx, scenarios, "Scenario", { id, version: expectedVersion }, values);
    if (capacities !== undefined) await writeCapacities(tx, id, capacities);
    if (forceIn !== undefined) await writeForced(tx, id, "in", forceIn);
    if (forceOut !== undefined) await writeForced(tx, id, "out", forceOut);
    const after = await loadScenario(tx, ctx.workspaceId, id);
    await recordAudit(tx, ctx, { entityType: "scenario", entityId: id, action: "update", before, after });
    return after;
  });
}

export async function deleteScenario(ctx: WorkspaceCtx, input: DeleteScenarioInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await loadScenario(tx, ctx.workspaceId, input.id);
    if (before.version !== input.expectedVersion) await throwMissingOrStale(tx, ctx, scenarios, "Scenario", input.id);
    // Its capacities and forced initiatives go with it (foreign-key cascade).
    await tx.delete(scenarios).where(and(eq(scenarios.id, input.id), eq(scenarios.workspaceId, ctx.workspaceId)));
    await recordAudit(tx, ctx, { entityType: "scenario", entityId: input.id, action: "delete", before });
    return { deleted: true as const, id: input.id };
  });
}

/** A copy under a new name, to change one thing and compare the two. */
export async function duplicateScenario(ctx: WorkspaceCtx, input: DuplicateScenarioInput): Promise<Scenario> {
  return await writeTransaction(ctx, async (tx) => {
    const source = await loadScenario(tx, ctx.workspaceId, input.id);
    await requireRoom(tx, ctx.workspaceId, "scenarios");
    await refuseBadScenario(tx, ctx, { name: input.name });
    const after = await insertScenario(tx, ctx, { ...source, name: input.name });
    await recordAudit(tx, ctx, {
      entityType: "scenario",
      entityId: after.id,
      action: "create",
      after: { ...after, duplicatedFrom: source.id },
    });
    return after;
  });
}
