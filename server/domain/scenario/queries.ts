import { and, eq, inArray } from "drizzle-orm";
import { initiatives, scenarios } from "@/db/schema";
import { sortBy } from "../shared/codec";
import type { WorkspaceCtx } from "../shared/context";
import { loadScenario, scenarioParts } from "./load";

/**
 * The workspace's scenarios by name (case-insensitive, then id: the same
 * order on both databases), each with how much it changes. A workspace holds
 * at most its scenario quota, so the list is bounded.
 */
export async function listScenarios(ctx: WorkspaceCtx) {
  const rows = sortBy(
    await ctx.db.select().from(scenarios).where(eq(scenarios.workspaceId, ctx.workspaceId)),
    (s) => s.name,
    (s) => s.id,
  );
  const parts = await scenarioParts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const p = parts.get(r.id)!;
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      scoringModelNumber: r.scoringModelNumber,
      capacityCount: p.capacities.length,
      forceInCount: p.forceIn.length,
      forceOutCount: p.forceOut.length,
      // The overrides themselves, so the list can say "Q3 capacity 40 → 60" without a call per scenario.
      capacities: p.capacities,
      version: r.version,
      updatedAt: r.updatedAt,
    };
  });
}

const IDS_PER_QUERY = 500;

/**
 * The scenario (loadScenario's shape) and, for the editor, the title and
 * status of each initiative it forces in or out, by title: a picker cannot
 * look 2,000 ids up one by one.
 */
export async function getScenario(ctx: WorkspaceCtx, input: { id: string }) {
  const scenario = await loadScenario(ctx.db, ctx.workspaceId, input.id);
  const ids = [...scenario.forceIn, ...scenario.forceOut];
  const found: { id: string; title: string; status: (typeof initiatives.$inferSelect)["status"] }[] = [];
  for (let k = 0; k < ids.length; k += IDS_PER_QUERY) {
    found.push(
      ...(await ctx.db
        .select({ id: initiatives.id, title: initiatives.title, status: initiatives.status })
        .from(initiatives)
        .where(and(eq(initiatives.workspaceId, ctx.workspaceId), inArray(initiatives.id, ids.slice(k, k + IDS_PER_QUERY))))),
    );
  }
  return {
    ...scenario,
    initiatives: sortBy(
      found,
      (i) => i.title,
      (i) => i.id,
    ),
  };
}
