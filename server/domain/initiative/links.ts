import { writeTransaction } from "../shared/revision";
import { and, asc, eq, inArray } from "drizzle-orm";
import { initiativeDependencies, initiativeEffects, initiatives, moments } from "@/db/schema";
import { findDependencyCycle } from "@/server/scoring";
import { NotFoundError, ValidationError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import { throwMissingOrStale, updateVersioned } from "../shared/versioned";
import { initiativeInWorkspace, type InitiativeRow } from "./access";
import type { SetDependenciesInput, SetEffectsInput } from "./schemas";

/**
 * Effects and dependencies are part of the initiative: changing them bumps its
 * version (so an editor holding an older copy learns of it), and a given
 * version is checked like any update.
 */
export async function touchInitiative(tx: Tx, ctx: WorkspaceCtx, id: string, version: number | undefined): Promise<InitiativeRow> {
  const before = await initiativeInWorkspace(tx, ctx, id);
  if (version !== undefined && before.version !== version) await throwMissingOrStale(tx, ctx, initiatives, "Initiative", id);
  return await updateVersioned(tx, ctx, initiatives, "Initiative", { id, version: before.version }, {});
}

/** Replaces the whole set of effect links at once. */
export async function setEffects(ctx: WorkspaceCtx, input: SetEffectsInput) {
  return await writeTransaction(ctx, async (tx) => {
    const after = await touchInitiative(tx, ctx, input.initiativeId, input.version);
    const momentIds = input.effects.map((e) => e.momentId);
    if (momentIds.length > 0) {
      const found = await tx
        .select({ id: moments.id })
        .from(moments)
        .where(and(eq(moments.workspaceId, ctx.workspaceId), inArray(moments.id, momentIds)));
      if (found.length !== new Set(momentIds).size) throw new NotFoundError("Moment of truth");
    }
    const before = await tx
      .select({ momentId: initiativeEffects.momentId, effect: initiativeEffects.effect })
      .from(initiativeEffects)
      .where(eq(initiativeEffects.initiativeId, input.initiativeId))
      .orderBy(asc(initiativeEffects.momentId));
    await tx.delete(initiativeEffects).where(eq(initiativeEffects.initiativeId, input.initiativeId));
    if (input.effects.length > 0) {
      await tx
        .insert(initiativeEffects)
        .values(input.effects.map((e) => ({ workspaceId: ctx.workspaceId, initiativeId: input.initiativeId, ...e })));
    }
    await recordAudit(tx, ctx, {
      entityType: "initiative",
      entityId: input.initiativeId,
      action: "set_effects",
      before: { effects: before },
      after: { effects: input.effects },
      version: after.version,
      changes: [],
    });
    return { initiativeId: input.initiativeId, version: after.version, effects: input.effects };
  });
}

/**
 * Replaces the prerequisites. Same workspace only, never itself, and never a
 * cycle: the whole workspace graph with the proposed change is checked, and
 * the error names the initiatives in the cycle by title.
 */
export async function setDependencies(ctx: WorkspaceCtx, input: SetDependenciesInput) {
  return await writeTransaction(ctx, async (tx) => {
    if (input.dependsOn.includes(input.initiativeId)) {
      throw new ValidationError("An initiative cannot depend on itself.", { dependsOn: ["An initiative cannot depend on itself"] });
    }
    const after = await touchInitiative(tx, ctx, input.initiativeId, input.version);
    if (input.dependsOn.length > 0) {
      const found = await tx
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(and(eq(initiatives.workspaceId, ctx.workspaceId), inArray(initiatives.id, input.dependsOn)));
      if (found.length !== input.dependsOn.length) throw new NotFoundError("Prerequisite initiative");
    }

    const edges = await tx
      .select({ id: initiativeDependencies.initiativeId, dependsOn: initiativeDependencies.dependsOnId })
      .from(initiativeDependencies)
      .where(eq(initiativeDependencies.workspaceId, ctx.workspaceId))
      .orderBy(asc(initiativeDependencies.initiativeId), asc(initiativeDependencies.dependsOnId));
    const graph = new Map<string, string[]>();
    const before: string[] = [];
    for (const e of edges) {
      if (e.id === input.initiativeId) before.push(e.dependsOn);
      else (graph.get(e.id) ?? graph.set(e.id, []).get(e.id)!).push(e.dependsOn);
    }
    graph.set(input.initiativeId, input.dependsOn);
    const found = findDependencyCycle([...graph].map(([id, dependsOn]) => ({ id, dependsOn })));
    if (found) {
      // Told from the initiative being edited: "A depends on B … depends on A".
      const at = Math.max(0, found.indexOf(input.initiativeId));
      const cycle = [...found.slice(at), ...found.slice(0, at)];
      const titles = new Map(
        (
          await tx
            .select({ id: initiatives.id, title: initiatives.title })
            .from(initiatives)
            .where(and(eq(initiatives.workspaceId, ctx.workspaceId), inArray(initiatives.id, cycle)))
        ).map((r) => [r.id, r.title]),
      );
      const names = [...cycle, cycle[0]!].map((id) => `"${titles.get(id) ?? id}"`);
      const message = `That would make a dependency cycle: ${names.join(" depends on ")}.`;
      throw new ValidationError(message, { dependsOn: [message] });
    }

    await tx.delete(initiativeDependencies).where(eq(initiativeDependencies.initiativeId, input.initiativeId));
    if (input.dependsOn.length > 0) {
      await tx
        .insert(initiativeDependencies)
        .values(input.dependsOn.map((d) => ({ workspaceId: ctx.workspaceId, initiativeId: input.initiativeId, dependsOnId: d })));
    }
    await recordAudit(tx, ctx, {
      entityType: "initiative",
      entityId: input.initiativeId,
      action: "set_dependencies",
      before: { dependsOn: before },
      after: { dependsOn: input.dependsOn },
    });
    return { initiativeId: input.initiativeId, version: after.version, dependsOn: input.dependsOn };
  });
}
