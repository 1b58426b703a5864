import { and, asc, desc, eq, inArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import {
  canvases,
  categories,
  initiativeAssumptions,
  initiativeDependencies,
  initiativeEffects,
  initiativeResults,
  initiatives,
  moments,
  periods,
  users,
} from "@/db/schema";
import type { WorkspaceCtx } from "../shared/context";
import type { Page } from "../shared/pagination";
import { initiativeInWorkspace, toInitiative, type Initiative } from "./access";
import { measureOutcomes } from "./measure-outcomes";
import { ScoringInputError } from "@/server/scoring";
import { defineScorecardRead, readScorecard, sourceScorecard } from "../scorecard/read";
import type { ScoreGlance } from "../scorecard/views";
import { crownThresholdOf, DEFAULT_CROWN_THRESHOLD } from "@/server/scoring/model";
import type { InitiativeSort, ListInitiativesInput } from "./schemas";

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function listFilters(ctx: WorkspaceCtx, input: ListInitiativesInput): SQL {
  const where: (SQL | undefined)[] = [eq(initiatives.workspaceId, ctx.workspaceId)];
  if (input.status && input.status.length > 0) where.push(inArray(initiatives.status, input.status));
  if (input.department !== undefined) where.push(eq(initiatives.department, input.department.trim()));
  if (input.ownerId) where.push(eq(initiatives.ownerId, input.ownerId));
  if (input.categoryId) {
    where.push(sql`exists (
      select 1 from ${initiativeEffects}
      join ${moments} on ${moments.id} = ${initiativeEffects.momentId}
      join ${canvases} on ${canvases.id} = ${moments.canvasId}
      where ${initiativeEffects.initiativeId} = ${initiatives.id} and ${canvases.categoryId} = ${input.categoryId})`);
  }
  if (input.search) {
    const pattern = likePattern(input.search);
    where.push(sql`(lower(${initiatives.title}) like ${pattern} escape '\\' or lower(${initiatives.problem}) like ${pattern} escape '\\')`);
  }
  return and(...where)!;
}

type InitiativeListRow = Omit<Initiative, "problem"> & {
  ownerName: string | null;
  effectCount: number;
  /** From the cached scorecard; null when the engine refuses the workspace's data (the scorecard page says why). */
  score: ScoreGlance | null;
};

const effectCount = sql<number>`(select count(*) from ${initiativeEffects} where ${initiativeEffects.initiativeId} = ${initiatives.id})`;

/** The columns SQL can sort by; value and rank come from the engine (see listInitiatives). */
const SQL_SORT: Record<Exclude<InitiativeSort, "value" | "rank">, SQL | AnyColumn> = {
  title: initiatives.title,
  status: initiatives.status,
  department: initiatives.department,
  owner: sql`coalesce(${users.name}, '')`,
  links: effectCount,
  saving: initiatives.costLikely,
  updated: initiatives.updatedAt,
};

/**
 * Rank, value and crowns of every initiative, as parallel arrays: they cross
 * from the worker thread for a large workspace in a few milliseconds, where
 * 10,000 small objects would take tens. A workspace the engine refuses still
 * lists its initiatives (unscored); the scorecard page explains what to fix.
 */
export const glanceRead = defineScorecardRead("initiative.glances", async (s) => {
  const out = {
    ids: [] as string[],
    ranks: [] as (number | null)[],
    values: [] as number[],
    crowns: [] as number[],
    experience: [] as number[],
    cost: [] as number[],
    revenue: [] as number[],
    crownThreshold: DEFAULT_CROWN_THRESHOLD,
  };
  let scored: readonly (Pick<ScoreGlance, "rank" | "valueScore" | "crowns" | "scores"> & { id: string })[];
  try {
    const sc = await sourceScorecard(s);
    scored = sc.initiatives;
    out.crownThreshold = crownThresholdOf(sc.model);
  } catch (error) {
    if (error instanceof ScoringInputError) return out;
    throw error;
  }
  for (const i of scored) {
    out.ids.push(i.id);
    out.ranks.push(i.rank);
    out.values.push(i.valueScore);
    out.crowns.push(i.crowns);
    out.experience.push(i.scores.experience);
    out.cost.push(i.scores.cost);
    out.revenue.push(i.scores.revenue);
  }
  return out;
});

async function scoreGlances(ctx: WorkspaceCtx): Promise<ReadonlyMap<string, ScoreGlance>> {
  const g = await readScorecard(ctx.db, ctx.workspaceId, glanceRead, undefined);
  return new Map(
    g.ids.map((id, k) => [
      id,
      {
        rank: g.ranks[k]!,
        valueScore: g.values[k]!,
        crowns: g.crowns[k]!,
        scores: { experience: g.experience[k]!, cost: g.cost[k]!, revenue: g.revenue[k]! },
        crownThreshold: g.crownThreshold,
      },
    ]),
  );
}

function selectRows(ctx: WorkspaceCtx, where: SQL) {
  return ctx.db
    .select({ initiative: initiatives, ownerName: users.name, effectCount })
    .from(initiatives)
    .leftJoin(users, eq(users.id, initiatives.ownerId))
    .where(where);
}

/**
 * One page of the filtered list, the whole list sorted first (ties by title,
 * then id), with each row's rank and value from the cached scorecard. The
 * problem text is left out (it can be long).
 */
export async function listInitiatives(ctx: WorkspaceCtx, input: ListInitiativesInput): Promise<Page<InitiativeListRow>> {
  const where = listFilters(ctx, input);
  const glance = await scoreGlances(ctx);
  const direction = input.dir === "desc" ? desc : asc;
  let rows;
  if (input.sort === "value" || input.sort === "rank") {
    // The engine's figures are not in SQL: order the filtered ids by them, then load just the page.
    const all = await ctx.db.select({ id: initiatives.id, title: initiatives.title }).from(initiatives).where(where);
    const sign = input.dir === "desc" ? -1 : 1;
    const key = (id: string) => {
      const g = glance.get(id);
      // Unscored rows, and unranked (done, cancelled) rows when sorting by rank, go last either way.
      if (!g) return Number.POSITIVE_INFINITY;
      if (input.sort === "rank") return g.rank === null ? Number.POSITIVE_INFINITY : sign * g.rank;
      return sign * g.valueScore;
    };
    all.sort((a, b) => key(a.id) - key(b.id) || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const pageIds = all.slice(input.offset, input.offset + input.limit).map((r) => r.id);
    const byId = new Map(
      pageIds.length ? (await selectRows(ctx, and(where, inArray(initiatives.id, pageIds))!)).map((r) => [r.initiative.id, r]) : [],
    );
    rows = pageIds.map((id) => byId.get(id)!);
  } else {
    rows = await selectRows(ctx, where)
      .orderBy(direction(SQL_SORT[input.sort]), asc(initiatives.title), asc(initiatives.id))
      .limit(input.limit)
      .offset(input.offset);
  }
  const total =
    (
      await ctx.db
        .select({ n: sql<number>`count(*)` })
        .from(initiatives)
        .where(where)
    )[0]?.n ?? 0;
  return {
    items: rows.map((r) => {
      const { problem: _problem, ...rest } = toInitiative(r.initiative);
      return { ...rest, ownerName: r.ownerName, effectCount: Number(r.effectCount), score: glance.get(r.initiative.id) ?? null };
    }),
    total: Number(total),
    limit: input.limit,
    offset: input.offset,
  };
}

/** Everything the initiative page shows, in one call. */
export async function getInitiative(ctx: WorkspaceCtx, input: { id: string }) {
  const db = ctx.db;
  const row = await initiativeInWorkspace(db, ctx, input.id);
  const owner = row.ownerId
    ? ((await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.ownerId)))[0] ?? null)
    : null;
  const effects = await db
    .select({
      momentId: moments.id,
      momentName: moments.name,
      effect: initiativeEffects.effect,
      importance: moments.importance,
      performance: moments.performance,
      canvasId: canvases.id,
      canvasTitle: canvases.title,
      categoryId: categories.id,
      categoryName: categories.name,
    })
    .from(initiativeEffects)
    .innerJoin(moments, eq(moments.id, initiativeEffects.momentId))
    .innerJoin(canvases, eq(canvases.id, moments.canvasId))
    .innerJoin(categories, eq(categories.id, canvases.categoryId))
    .where(and(eq(initiativeEffects.initiativeId, row.id), eq(initiativeEffects.workspaceId, ctx.workspaceId)))
    .orderBy(asc(categories.name), asc(canvases.title), asc(moments.position), asc(moments.id));
  const link = { id: initiatives.id, title: initiatives.title, status: initiatives.status };
  const dependsOn = await db
    .select(link)
    .from(initiativeDependencies)
    .innerJoin(initiatives, eq(initiatives.id, initiativeDependencies.dependsOnId))
    .where(eq(initiativeDependencies.initiativeId, row.id))
    .orderBy(asc(initiatives.title), asc(initiatives.id));
  const dependents = await db
    .select(link)
    .from(initiativeDependencies)
    .innerJoin(initiatives, eq(initiatives.id, initiativeDependencies.initiativeId))
    .where(eq(initiativeDependencies.dependsOnId, row.id))
    .orderBy(asc(initiatives.title), asc(initiatives.id));
  const assumptions = await db
    .select()
    .from(initiativeAssumptions)
    .where(eq(initiativeAssumptions.initiativeId, row.id))
    .orderBy(asc(initiativeAssumptions.createdAt), asc(initiativeAssumptions.id));
  const results = await db
    .select({
      id: initiativeResults.id,
      periodId: periods.id,
      periodLabel: periods.label,
      periodStartDate: periods.startDate,
      actualCostReduction: initiativeResults.actualCostReduction,
      actualRevenueGrowth: initiativeResults.actualRevenueGrowth,
      note: initiativeResults.note,
      updatedAt: initiativeResults.updatedAt,
      version: initiativeResults.version,
    })
    .from(initiativeResults)
    .innerJoin(periods, eq(periods.id, initiativeResults.periodId))
    .where(eq(initiativeResults.initiativeId, row.id))
    .orderBy(asc(periods.startDate), asc(periods.id));
  // The measures it should move, with their verdicts once it is done (measure-outcomes.ts).
  const measureLinks = await measureOutcomes(db, ctx.workspaceId, [row.id]);
  return { ...toInitiative(row), owner, effects, dependsOn, dependents, assumptions, results, measureLinks };
}

/** Distinct departments already in use, for the form's suggestions. */
export async function listDepartments(ctx: WorkspaceCtx, input: { search?: string }): Promise<string[]> {
  const where = [eq(initiatives.workspaceId, ctx.workspaceId), sql`${initiatives.department} <> ''`];
  if (input.search) where.push(sql`lower(${initiatives.department}) like ${likePattern(input.search)} escape '\\'`);
  return (
    await ctx.db
      .selectDistinct({ department: initiatives.department })
      .from(initiatives)
      .where(and(...where))
      .orderBy(asc(initiatives.department))
      .limit(200)
  ).map((r) => r.department);
}
