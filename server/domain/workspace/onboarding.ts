import { and, eq, gt, gte, inArray, isNotNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { canvases, categories, initiativeEffects, initiatives, memberships, moments, periods, workspaces } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { NotFoundError } from "../errors";

/**
 * The first hour's checklist (docs/product.md, "A guided first hour"): the
 * method's steps in order, each ticked from the workspace's own data, so a
 * step done anywhere (by anyone, by import, by the example) ticks itself.
 */
export const ONBOARDING_STEPS = ["category", "outcome", "moments", "hotSpot", "initiative", "scored", "plan"] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export type Onboarding = {
  steps: { key: OnboardingStep; done: boolean }[];
  /** The caller put the checklist away (per person). */
  dismissed: boolean;
  /** Nothing has been made yet: example data may be loaded. */
  empty: boolean;
};

const HOT_SPOT = and(gte(moments.importance, 4), lte(moments.performance, 2));

/** 1 when the sub-select finds a row, else 0: a number on both dialects (a bare EXISTS is 0/1 on SQLite, a boolean on PostgreSQL). */
const found = (rows: SQL) => sql<number>`case when exists (${rows}) then 1 else 0 end`;

/** One EXISTS per step, all in one statement, each scoped to the workspace. */
function stepChecks(db: DbOrTx, workspaceId: string): Record<OnboardingStep, SQL<number>> {
  const one = sql`1`;
  return {
    category: found(db.select({ one }).from(categories).where(eq(categories.workspaceId, workspaceId)).getSQL()),
    outcome: found(
      db
        .select({ one })
        .from(canvases)
        .where(and(eq(canvases.workspaceId, workspaceId), ne(sql`trim(${canvases.outcomeStatement})`, "")))
        .getSQL(),
    ),
    moments: found(db.select({ one }).from(moments).where(eq(moments.workspaceId, workspaceId)).getSQL()),
    hotSpot: found(
      db
        .select({ one })
        .from(moments)
        .where(and(eq(moments.workspaceId, workspaceId), HOT_SPOT))
        .getSQL(),
    ),
    // An initiative linked to a hot spot by an effect that improves it.
    initiative: found(
      db
        .select({ one })
        .from(initiativeEffects)
        .innerJoin(moments, eq(moments.id, initiativeEffects.momentId))
        .where(and(eq(initiativeEffects.workspaceId, workspaceId), gt(initiativeEffects.effect, 0), HOT_SPOT))
        .getSQL(),
    ),
    // Scored on all three crowns: linked to a moment and given a cost or revenue estimate.
    scored: found(
      db
        .select({ one })
        .from(initiatives)
        .innerJoin(initiativeEffects, eq(initiativeEffects.initiativeId, initiatives.id))
        .where(and(eq(initiatives.workspaceId, workspaceId), or(ne(initiatives.costLikely, 0), ne(initiatives.revenueLikely, 0))))
        .getSQL(),
    ),
    // A period with capacity that can take an open initiative's effort per period, or open work already
    // placed by a person (pinned or started): what the roadmap then shows. Decision 046.
    plan: found(
      db
        .select({ one })
        .from(periods)
        .innerJoin(
          initiatives,
          and(
            eq(initiatives.workspaceId, periods.workspaceId),
            inArray(initiatives.status, ["proposed", "approved", "in_progress"]),
            or(
              gte(periods.capacity, sql`${initiatives.effort} / ${initiatives.durationPeriods}`),
              isNotNull(initiatives.pinnedPeriod),
              eq(initiatives.status, "in_progress"),
            ),
          ),
        )
        .where(and(eq(periods.workspaceId, workspaceId), gt(periods.capacity, 0)))
        .getSQL(),
    ),
  };
}

export async function getOnboarding(ctx: Pick<WorkspaceCtx, "workspaceId" | "userId"> & { db: DbOrTx }): Promise<Onboarding> {
  const checks = stepChecks(ctx.db, ctx.workspaceId);
  const [row] = await ctx.db
    .select({
      ...checks,
      // "Empty" is what load-example requires: nothing a person would lose (periods alone are not content).
      anyInitiative: found(
        ctx.db
          .select({ one: sql`1` })
          .from(initiatives)
          .where(eq(initiatives.workspaceId, ctx.workspaceId))
          .getSQL(),
      ),
      dismissedAt: memberships.onboardingDismissedAt,
    })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, ctx.userId)))
    .where(eq(workspaces.id, ctx.workspaceId));
  if (!row) throw new NotFoundError("Workspace");
  const steps = ONBOARDING_STEPS.map((key) => ({ key, done: Number(row[key]) === 1 }));
  return {
    steps,
    dismissed: row.dismissedAt !== null,
    empty: !steps[0]!.done && Number(row.anyInitiative) === 0,
  };
}

/** Puts the checklist away for the caller only; the others still see theirs. */
export async function setOnboardingDismissed(ctx: WorkspaceCtx, input: { dismissed: boolean }) {
  await ctx.db
    .update(memberships)
    .set({ onboardingDismissedAt: input.dismissed ? Date.now() : null })
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, ctx.userId)));
  return { dismissed: input.dismissed };
}
