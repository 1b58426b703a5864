import { asc, eq, sql } from "drizzle-orm";
import { canvases, categories, initiativeDependencies, initiativeEffects, initiatives, moments, users } from "@/db/schema";
import { crownParts, crownSummary } from "@/server/format/crown";
import { crownThresholdOf } from "@/server/scoring/model";
import { INITIATIVE_CSV_COLUMNS } from "../initiative/codec";
import { MOMENT_CSV_COLUMNS } from "../moment/codec";
import { computedFields } from "../moment/computed";
import { defineScorecardRead, readScorecard, sourceScorecard } from "../scorecard/read";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { INITIATIVE_FIELDS, MOMENT_FIELDS } from "./csv-fields";
import { roundTo, toCsv, type CsvCell } from "./csv-write";
import type { ExportKind } from "./schemas";
import { downloadName, workspaceRow } from "./workspace-row";

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

async function momentNames(db: DbOrTx, workspaceId: string): Promise<Map<string, string>> {
  return new Map(
    (await db.select({ id: moments.id, name: moments.name }).from(moments).where(eq(moments.workspaceId, workspaceId))).map((m) => [
      m.id,
      m.name,
    ]),
  );
}

const SCORECARD_COLUMNS = [
  "rank",
  "title",
  "department",
  "owner",
  "status",
  "experience_score",
  "cost_score",
  "revenue_score",
  "crowns",
  "triple_crown",
  "crown",
  "value_score",
  "priority",
  "npv",
  "payback_years",
  "confidence",
  "robust",
  "rank_min",
  "rank_max",
  "harms_experience",
  "not_linked_to_outcome",
  "experience_weight",
  "experience_part",
  "cost_weight",
  "cost_part",
  "revenue_weight",
  "revenue_part",
  "benefit",
  "experience_clamped",
  "cost_clamped",
  "revenue_clamped",
  "effect_links",
  "cost_reduction_likely",
  "revenue_growth_likely",
  "net_annual_benefit",
  "investment",
  "effort",
] as const;

/**
 * Every column of the scorecard table and the breakdown that explains it:
 * each crown's weight and weighted part (the parts add up to value_score) and
 * each effect link's contribution, as "Moment:+2 (+0.2667)".
 */
async function scorecardRows(source: Parameters<typeof sourceScorecard>[0]) {
  const scorecard = await sourceScorecard(source);
  const names = await momentNames(source.db, source.workspaceId);
  const robust = new Map(scorecard.sensitivity.rows.map((r) => [r.id, r]));
  const threshold = crownThresholdOf(scorecard.model);
  return scorecard.initiatives.map((i): CsvCell[] => {
    const s = robust.get(i.id);
    const b = i.breakdown;
    return [
      i.rank,
      i.title,
      i.department,
      i.ownerName ?? "",
      i.status,
      roundTo(i.scores.experience, 4),
      roundTo(i.scores.cost, 4),
      roundTo(i.scores.revenue, 4),
      i.crowns,
      i.tripleCrown,
      crownSummary(crownParts(i.scores, threshold), i.tripleCrown),
      roundTo(i.valueScore, 4),
      roundTo(i.priority, 4),
      roundTo(i.npv, 2),
      i.paybackYears === null ? null : roundTo(i.paybackYears, 4),
      i.confidence,
      s ? s.robust : null,
      s?.rankMin ?? null,
      s?.rankMax ?? null,
      i.flags.harmsExperience,
      i.flags.notLinkedToOutcome,
      b.experience.weight,
      roundTo(b.experience.part, 4),
      b.cost.weight,
      roundTo(b.cost.part, 4),
      b.revenue.weight,
      roundTo(b.revenue.part, 4),
      roundTo(b.benefit, 4),
      b.experience.clamped,
      b.cost.clamped,
      b.revenue.clamped,
      b.links
        .map((l) => ({ name: names.get(l.momentId) ?? l.momentId, text: `:${signed(l.effect)} (${signed(roundTo(l.contribution, 4))})` }))
        .sort((x, y) => x.name.localeCompare(y.name, "en"))
        .map((l) => l.name + l.text)
        .join("; "),
      i.costReduction.likely,
      i.revenueGrowth.likely,
      roundTo(i.netAnnualBenefit, 2),
      i.investment,
      i.effort,
    ];
  });
}

/** The initiatives in the import template's columns, so an export imports back (effects and prerequisites by name). */
async function initiativeRows(db: DbOrTx, workspaceId: string): Promise<CsvCell[][]> {
  const names = await momentNames(db, workspaceId);
  const rows = await db
    .select({ i: initiatives, ownerEmail: users.email })
    .from(initiatives)
    .leftJoin(users, eq(users.id, initiatives.ownerId))
    .where(eq(initiatives.workspaceId, workspaceId))
    .orderBy(asc(initiatives.createdAt), asc(initiatives.id));
  const titles = new Map(rows.map((r) => [r.i.id, r.i.title]));
  const effects = new Map<string, string[]>();
  for (const e of await db
    .select()
    .from(initiativeEffects)
    .where(eq(initiativeEffects.workspaceId, workspaceId))
    .orderBy(asc(initiativeEffects.initiativeId), asc(initiativeEffects.momentId))) {
    (effects.get(e.initiativeId) ?? effects.set(e.initiativeId, []).get(e.initiativeId)!).push(
      `${names.get(e.momentId) ?? e.momentId}:${signed(e.effect)}`,
    );
  }
  const deps = new Map<string, string[]>();
  for (const d of await db
    .select()
    .from(initiativeDependencies)
    .where(eq(initiativeDependencies.workspaceId, workspaceId))
    .orderBy(asc(initiativeDependencies.initiativeId), asc(initiativeDependencies.dependsOnId))) {
    (deps.get(d.initiativeId) ?? deps.set(d.initiativeId, []).get(d.initiativeId)!).push(titles.get(d.dependsOnId) ?? d.dependsOnId);
  }
  return rows.map(({ i, ownerEmail }) => {
    const row = {
      ...i,
      ownerEmail: ownerEmail ?? "",
      effects: (effects.get(i.id) ?? []).sort((x, y) => x.localeCompare(y, "en")).join("; "),
      dependsOn: (deps.get(i.id) ?? []).join("; "),
    };
    return INITIATIVE_CSV_COLUMNS.map((col) => col.write(row));
  });
}

const MOMENT_EXTRA_COLUMNS = ["category", "gap", "hot_spot_score", "hot_spot", "annual_cost"] as const;

/** The moments in the import template's columns (canvas by title), then the computed hot-spot figures. */
async function momentRows(db: DbOrTx, workspaceId: string): Promise<CsvCell[][]> {
  return (
    await db
      .select({ m: moments, canvas: canvases.title, category: categories.name })
      .from(moments)
      .innerJoin(canvases, eq(canvases.id, moments.canvasId))
      .innerJoin(categories, eq(categories.id, canvases.categoryId))
      .where(eq(moments.workspaceId, workspaceId))
      .orderBy(
        asc(sql`lower(${categories.name})`),
        asc(categories.id),
        asc(sql`lower(${canvases.title})`),
        asc(canvases.id),
        asc(moments.position),
        asc(moments.id),
      )
  ).map(({ m, canvas, category }) => {
    const c = computedFields(m);
    return [
      ...MOMENT_CSV_COLUMNS.map((col) => col.write({ ...m, canvas })),
      category,
      roundTo(c.gap, 4),
      c.hotSpotScore,
      c.isHotSpot,
      roundTo(c.annualCost, 2),
    ];
  });
}

/**
 * Every CSV is made where a large workspace's heavy work runs (the worker):
 * 10,000 rows take hundreds of milliseconds to build; one string crosses back.
 */
export const csvRead = defineScorecardRead("transfer.csv", async (s, kind: ExportKind) =>
  kind === "scorecard"
    ? toCsv(SCORECARD_COLUMNS, await scorecardRows(s))
    : kind === "initiatives"
      ? toCsv(
          INITIATIVE_FIELDS.map((f) => f.key),
          await initiativeRows(s.db, s.workspaceId),
        )
      : toCsv([...MOMENT_FIELDS.map((f) => f.key), ...MOMENT_EXTRA_COLUMNS], await momentRows(s.db, s.workspaceId)),
);

/** One CSV download: the scorecard, the initiatives or the moments of truth. */
export async function exportCsv(ctx: WorkspaceCtx, input: { kind: ExportKind }) {
  const ws = await workspaceRow(ctx.db, ctx.workspaceId);
  const content = await readScorecard(ctx.db, ctx.workspaceId, csvRead, input.kind);
  return { filename: downloadName(ws.slug, input.kind, "csv"), content };
}
