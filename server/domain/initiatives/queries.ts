import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
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
import { requireRole } from "../permissions";
import type { WorkspaceCtx } from "../shared/context";
import type { Page } from "../shared/pagination";
import { initiativeInWorkspace, toInitiative, type Initiative } from "./access";
import type { ListInitiativesInput } from "./schemas";

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
    where.push(
      sql`(lower(${initiatives.title}) like ${pattern} escape '\\' or lower(${initiatives.problem}) like ${pattern} escape '\\')`,
    );
  }
  return and(...where)!;
}

export type InitiativeListRow = Omit<Initiative, "problem"> & { ownerName: string | null; effectCount: number };

/** One page, ordered by title then id; the problem text is left out (it can be long). */
export function listInitiatives(ctx: WorkspaceCtx, input: ListInitiativesInput): Page<InitiativeListRow> {
  requireRole(ctx.role, "workspace.read");
  const where = listFilters(ctx, input);
  const rows = ctx.db
    .select({
      initiative: initiatives,
      ownerName: users.name,
      effectCount: sql<number>`(select count(*) from ${initiativeEffects} where ${initiativeEffects.initiativeId} = ${initiatives.id})`,
    })
    .from(initiatives)
    .leftJoin(users, eq(users.id, initiatives.ownerId))
    .where(where)
    .orderBy(asc(initiatives.title), asc(initiatives.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = ctx.db.select({ n: sql<number>`count(*)` }).from(initiatives).where(where).get()?.n ?? 0;
  return {
    items: rows.map((r) => {
      const { problem: _problem, ...rest } = toInitiative(r.initiative);
      return { ...rest, ownerName: r.ownerName, effectCount: Number(r.effectCount) };
    }),
    total: Number(total),
    limit: input.limit,
    offset: input.offset,
  };
}

/** Everything the initiative page shows, in one call. */
export function getInitiative(ctx: WorkspaceCtx, input: { id: string }) {
  requireRole(ctx.role, "workspace.read");
  const db = ctx.db;
  const row = initiativeInWorkspace(db, ctx, input.id);
  const owner = row.ownerId
    ? (db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.ownerId)).get() ?? null)
    : null;
  const effects = db
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
    .orderBy(asc(categories.name), asc(canvases.title), asc(moments.position), asc(moments.id))
    .all();
  const link = { id: initiatives.id, title: initiatives.title, status: initiatives.status };
  const dependsOn = db
    .select(link)
    .from(initiativeDependencies)
    .innerJoin(initiatives, eq(initiatives.id, initiativeDependencies.dependsOnId))
    .where(eq(initiativeDependencies.initiativeId, row.id))
    .orderBy(asc(initiatives.title), asc(initiatives.id))
    .all();
  const dependents = db
    .select(link)
    .from(initiativeDependencies)
    .innerJoin(initiatives, eq(initiatives.id, initiativeDependencies.initiativeId))
    .where(eq(initiativeDependencies.dependsOnId, row.id))
    .orderBy(asc(initiatives.title), asc(initiatives.id))
    .all();
  const assumptions = db
    .select()
    .from(initiativeAssumptions)
    .where(eq(initiativeAssumptions.initiativeId, row.id))
    .orderBy(asc(initiativeAssumptions.createdAt), asc(initiativeAssumptions.id))
    .all();
  const results = db
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
    .orderBy(asc(periods.startDate), asc(periods.id))
    .all();
  return { ...toInitiative(row), owner, effects, dependsOn, dependents, assumptions, results };
}

/** Distinct departments already in use, for the form's suggestions. */
export function listDepartments(ctx: WorkspaceCtx, input: { search?: string }): string[] {
  requireRole(ctx.role, "workspace.read");
  const where = [eq(initiatives.workspaceId, ctx.workspaceId), sql`${initiatives.department} <> ''`];
  if (input.search) where.push(sql`lower(${initiatives.department}) like ${likePattern(input.search)} escape '\\'`);
  return ctx.db
    .selectDistinct({ department: initiatives.department })
    .from(initiatives)
    .where(and(...where))
    .orderBy(asc(initiatives.department))
    .limit(200)
    .all()
    .map((r) => r.department);
}
