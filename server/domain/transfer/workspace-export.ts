import { asc, eq } from "drizzle-orm";
import {
  canvases,
  categories,
  comments,
  initiativeAssumptions,
  initiativeDependencies,
  initiativeEffects,
  initiativeResults,
  initiatives,
  measureActuals,
  measures,
  memberships,
  moments,
  periods,
  scoringModels,
  users,
} from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { downloadName, workspaceRow } from "./workspace-row";
import { ValidationError } from "../errors";
import { defineScorecardRead, readScorecard, scorecardSize } from "../scorecard/read";
import { MAX_FULL_SCORECARD } from "../scorecard/service";
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, type WorkspaceFile } from "./workspace-format";

type W = WorkspaceFile["workspace"];

/** Sorts by the given keys in turn (strings case-insensitively), so the file's order never depends on random ids. */
function sortBy<T>(rows: T[], ...keys: ((row: T) => string | number | null)[]): T[] {
  const norm = (v: string | number | null) => (typeof v === "string" ? v.toLowerCase() : v);
  return rows.sort((a, b) => {
    for (const key of keys) {
      const x = norm(key(a));
      const y = norm(key(b));
      if (x === y) continue;
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  });
}

/** Gives each row a ref "<kind>-<n>" in the order given. */
function refsFor<T extends { id: string }>(kind: string, rows: T[]): Map<string, string> {
  return new Map(rows.map((r, i) => [r.id, `${kind}-${i + 1}`]));
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) (out.get(key(r)) ?? out.set(key(r), []).get(key(r))!).push(r);
  return out;
}

/**
 * Everything of one workspace as a versioned JSON document
 * (docs/workspace-format.md): no database ids, no password hashes, no audit
 * trail, no share links or invitations. People appear by email, and only
 * while they are members.
 */
export function exportWorkspace(ctx: WorkspaceCtx) {
  const n = scorecardSize(ctx.db, ctx.workspaceId);
  if (n > MAX_FULL_SCORECARD) {
    // Building and copying the file of a large workspace would hold the request thread: the download builds it in the worker.
    throw new ValidationError(
      `This workspace has ${n.toLocaleString("en")} initiatives, too many to send in one answer (at most ${MAX_FULL_SCORECARD.toLocaleString("en")}). Download the workspace file instead.`,
    );
  }
  return buildWorkspaceFile(ctx.db, ctx.workspaceId);
}

/** The workspace file as the download sends it, made where a large workspace's heavy work runs: one string crosses back. */
export const workspaceFileRead = defineScorecardRead("transfer.workspaceFile", (s) =>
  JSON.stringify(buildWorkspaceFile(s.db, s.workspaceId), null, 2),
);

/** The workspace file's text, for the download. */
export async function workspaceFileText(ctx: WorkspaceCtx) {
  const ws = workspaceRow(ctx.db, ctx.workspaceId);
  return {
    filename: downloadName(ws.slug, "workspace", "json"),
    content: await readScorecard(ctx.db, ctx.workspaceId, workspaceFileRead, undefined),
  };
}

export function buildWorkspaceFile(db: DbOrTx, workspaceId: string, now = new Date()) {
  const ws = workspaceRow(db, workspaceId);

  const memberRows = db
    .select({ id: users.id, email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.email))
    .all();
  const emailOf = new Map(memberRows.map((m) => [m.id, m.email]));
  const person = (id: string | null) => (id ? (emailOf.get(id) ?? null) : null);

  const categoryRows = sortBy(
    db.select().from(categories).where(eq(categories.workspaceId, workspaceId)).all(),
    (c) => c.name,
    (c) => c.createdAt,
    (c) => c.id,
  );
  const categoryRef = refsFor("category", categoryRows);
  const categoryOrder = new Map(categoryRows.map((c, i) => [c.id, i]));

  const canvasRows = sortBy(
    db.select().from(canvases).where(eq(canvases.workspaceId, workspaceId)).all(),
    (c) => categoryOrder.get(c.categoryId) ?? 0,
    (c) => c.title,
    (c) => c.createdAt,
    (c) => c.id,
  );
  const canvasRef = refsFor("canvas", canvasRows);
  const canvasOrder = new Map(canvasRows.map((c, i) => [c.id, i]));

  const momentRows = sortBy(
    db.select().from(moments).where(eq(moments.workspaceId, workspaceId)).all(),
    (m) => canvasOrder.get(m.canvasId) ?? 0,
    (m) => m.position,
    (m) => m.name,
    (m) => m.createdAt,
    (m) => m.id,
  );
  const momentRef = refsFor("moment", momentRows);
  const momentOrder = new Map(momentRows.map((m, i) => [m.id, i]));

  const measureRows = sortBy(
    db.select().from(measures).where(eq(measures.workspaceId, workspaceId)).all(),
    (m) => canvasOrder.get(m.canvasId) ?? 0,
    (m) => m.name,
    (m) => m.createdAt,
    (m) => m.id,
  );
  const actualRows = groupBy(
    sortBy(
      db.select().from(measureActuals).where(eq(measureActuals.workspaceId, workspaceId)).all(),
      (a) => a.date,
      (a) => a.createdAt,
      (a) => a.value,
      (a) => a.id,
    ),
    (a) => a.measureId,
  );

  const periodRows = sortBy(
    db.select().from(periods).where(eq(periods.workspaceId, workspaceId)).all(),
    (p) => p.startDate,
    (p) => p.label,
    (p) => p.createdAt,
    (p) => p.id,
  );
  const periodRef = refsFor("period", periodRows);
  const periodOrder = new Map(periodRows.map((p, i) => [p.id, i]));

  const modelRows = db
    .select()
    .from(scoringModels)
    .where(eq(scoringModels.workspaceId, workspaceId))
    .orderBy(asc(scoringModels.number))
    .all();

  const initiativeRows = sortBy(
    db.select().from(initiatives).where(eq(initiatives.workspaceId, workspaceId)).all(),
    (i) => i.createdAt,
    (i) => i.title,
    (i) => i.id,
  );
  const initiativeRef = refsFor("initiative", initiativeRows);
  const initiativeOrder = new Map(initiativeRows.map((r, i) => [r.id, i]));
  const effects = groupBy(
    db.select().from(initiativeEffects).where(eq(initiativeEffects.workspaceId, workspaceId)).all(),
    (e) => e.initiativeId,
  );
  const deps = groupBy(
    db.select().from(initiativeDependencies).where(eq(initiativeDependencies.workspaceId, workspaceId)).all(),
    (d) => d.initiativeId,
  );
  const assumptions = groupBy(
    sortBy(
      db.select().from(initiativeAssumptions).where(eq(initiativeAssumptions.workspaceId, workspaceId)).all(),
      (a) => a.createdAt,
      (a) => a.kind,
      (a) => a.text,
      (a) => a.id,
    ),
    (a) => a.initiativeId,
  );
  const results = groupBy(
    db.select().from(initiativeResults).where(eq(initiativeResults.workspaceId, workspaceId)).all(),
    (r) => r.initiativeId,
  );

  const commentRows = sortBy(
    db.select().from(comments).where(eq(comments.workspaceId, workspaceId)).all(),
    (c) => c.createdAt,
    (c) => c.entityType,
    (c) => (c.entityType === "initiative" ? initiativeRef.get(c.entityId) : canvasRef.get(c.entityId)) ?? "",
    (c) => c.body,
    (c) => c.id,
  );

  const workspace: W = {
    name: ws.name,
    currency: ws.currency,
    members: memberRows.map((m) => ({ email: m.email, name: m.name, role: m.role })),
    categories: categoryRows.map((c) => ({
      ref: categoryRef.get(c.id)!,
      name: c.name,
      need: c.need,
      jobToBeDone: c.jobToBeDone,
      description: c.description,
      digitalSavviness: c.digitalSavviness,
      size: c.size,
      weight: c.weight,
      createdAt: c.createdAt,
    })),
    canvases: canvasRows.map((c) => ({
      ref: canvasRef.get(c.id)!,
      categoryRef: categoryRef.get(c.categoryId)!,
      title: c.title,
      outcomeStatement: c.outcomeStatement,
      context: c.context,
      expectations: c.expectations,
      painPoints: c.painPoints,
      notes: c.notes,
      status: c.status,
      createdAt: c.createdAt,
    })),
    moments: momentRows.map((m) => ({
      ref: momentRef.get(m.id)!,
      canvasRef: canvasRef.get(m.canvasId)!,
      name: m.name,
      stage: m.stage,
      journeyType: m.journeyType,
      channel: m.channel,
      importance: m.importance,
      performance: m.performance,
      volumePerYear: m.volumePerYear,
      costPerInteraction: m.costPerInteraction,
      position: m.position,
      createdAt: m.createdAt,
    })),
    measures: measureRows.map((m, index) => ({
      ref: `measure-${index + 1}`,
      canvasRef: canvasRef.get(m.canvasId)!,
      name: m.name,
      kind: m.kind,
      unit: m.unit,
      direction: m.direction,
      baseline: m.baseline,
      target: m.target,
      createdAt: m.createdAt,
      actuals: (actualRows.get(m.id) ?? []).map((a) => ({
        date: a.date,
        value: a.value,
        note: a.note,
        createdBy: person(a.createdBy),
        createdAt: a.createdAt,
      })),
    })),
    periods: periodRows.map((p) => ({
      ref: periodRef.get(p.id)!,
      label: p.label,
      startDate: p.startDate,
      endDate: p.endDate,
      capacity: p.capacity,
      createdAt: p.createdAt,
    })),
    scoringModels: modelRows.map((m) => ({
      number: m.number,
      weights: { experience: m.weightExperience, cost: m.weightCost, revenue: m.weightRevenue },
      materialAmount: { cost: m.materialCost, revenue: m.materialRevenue },
      revenueMargin: m.revenueMargin,
      discountRate: m.discountRate,
      horizonYears: m.horizonYears,
      crownThreshold: m.crownThreshold,
      note: m.note,
      createdBy: person(m.createdBy),
      createdAt: m.createdAt,
    })),
    initiatives: initiativeRows.map((i) => ({
      ref: initiativeRef.get(i.id)!,
      title: i.title,
      problem: i.problem,
      owner: person(i.ownerId),
      department: i.department,
      status: i.status,
      costReduction: { low: i.costLow, likely: i.costLikely, high: i.costHigh },
      revenueGrowth: { low: i.revenueLow, likely: i.revenueLikely, high: i.revenueHigh },
      investment: i.investment,
      effort: i.effort,
      durationPeriods: i.durationPeriods,
      confidence: i.confidence,
      startPeriod: i.startPeriod,
      pinnedPeriod: i.pinnedPeriod,
      progress: i.progress,
      decisionReason: i.decisionReason,
      createdBy: person(i.createdBy),
      createdAt: i.createdAt,
      effects: sortBy(effects.get(i.id) ?? [], (e) => momentOrder.get(e.momentId) ?? 0).map((e) => ({
        momentRef: momentRef.get(e.momentId)!,
        effect: e.effect,
      })),
      dependsOn: sortBy(deps.get(i.id) ?? [], (d) => initiativeOrder.get(d.dependsOnId) ?? 0).map((d) => initiativeRef.get(d.dependsOnId)!),
      assumptions: (assumptions.get(i.id) ?? []).map((a) => ({
        kind: a.kind,
        text: a.text,
        status: a.status,
        critical: a.critical,
        createdAt: a.createdAt,
      })),
      results: sortBy(results.get(i.id) ?? [], (r) => periodOrder.get(r.periodId) ?? 0).map((r) => ({
        periodRef: periodRef.get(r.periodId)!,
        actualCostReduction: r.actualCostReduction,
        actualRevenueGrowth: r.actualRevenueGrowth,
        note: r.note,
        createdAt: r.createdAt,
      })),
    })),
    comments: commentRows.flatMap((c) => {
      const entityRef = c.entityType === "initiative" ? initiativeRef.get(c.entityId) : canvasRef.get(c.entityId);
      // A comment whose initiative or canvas is gone has nothing to hang on.
      if (!entityRef) return [];
      return [{ entityType: c.entityType, entityRef, body: c.body, author: person(c.authorId), createdAt: c.createdAt }];
    }),
  };
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    workspace,
  } satisfies WorkspaceFile;
}
