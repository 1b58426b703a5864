import { crownThresholdOf } from "@/server/scoring/model";
import { buildBenefits, categoryNamesOf, verdictsOfWorkspace } from "../scorecard/benefits";
import { defineScorecardRead, readScorecard, sourcePortfolio, sourceScorecard } from "../scorecard/read";
import type { WorkspaceCtx } from "../shared/context";
import { workspaceRow } from "./workspace-row";

/** What fits the executive report's 1–3 pages. */
const REPORT_TOP_INITIATIVES = 10;
const REPORT_TITLES_PER_PERIOD = 5;
const REPORT_PLAN_ROWS = 8;
const REPORT_BENEFIT_DEPARTMENTS = 8;

/**
 * The figures of the executive scorecard PDF: headline, the best-ranked
 * initiatives with their crowns and breakdown, the roadmap per period and
 * plan against realised. Everything comes from the cached scorecard, so the
 * PDF says exactly what the scorecard page says.
 */
export async function reportData(ctx: WorkspaceCtx, now = new Date()) {
  return readScorecard(ctx.db, ctx.workspaceId, reportRead, { now: now.toISOString() });
}

/** Made where the scorecard is (the worker, for a large workspace): only the page's figures cross back. */
export const reportRead = defineScorecardRead("transfer.report", async (s, input: { now: string }) => {
  const ws = await workspaceRow(s.db, s.workspaceId);
  const sc = await sourceScorecard(s);
  const { loaded } = await sourcePortfolio(s);
  const benefits = buildBenefits(sc, loaded, await verdictsOfWorkspace(s.db, s.workspaceId), await categoryNamesOf(s.db, s.workspaceId));
  // The departments with the most delivered work first: the page has room for a few.
  const departments = [...benefits.departments].sort((a, b) => b.initiatives - a.initiatives || a.name.localeCompare(b.name));
  const robust = new Map(sc.sensitivity.rows.map((r) => [r.id, r.robust]));
  const byPeriod = new Map<number, string[]>();
  for (const item of sc.roadmap.items) {
    if (!item.scheduled || item.startPeriod < 0) continue;
    (byPeriod.get(item.startPeriod) ?? byPeriod.set(item.startPeriod, []).get(item.startPeriod)!).push(item.title);
  }
  const unscheduled = { no_positive_value: 0, blocked: 0, no_capacity: 0 };
  for (const item of sc.roadmap.items) if (!item.scheduled) unscheduled[item.reason]++;
  const plan = [...sc.planVsRealised.rows].sort(
    (a, b) =>
      b.plannedCostReduction + b.plannedRevenueGrowth - (a.plannedCostReduction + a.plannedRevenueGrowth) || a.title.localeCompare(b.title),
  );
  return {
    workspace: { name: ws.name, currency: ws.currency },
    generatedAt: input.now,
    model: { number: sc.model.number, weights: { ...sc.model.weights }, crownThreshold: crownThresholdOf(sc.model) },
    headline: { ...sc.headline },
    top: sc.initiatives.slice(0, REPORT_TOP_INITIATIVES).map((i) => ({
      rank: i.rank,
      title: i.title,
      department: i.department,
      status: i.status,
      scores: { ...i.scores },
      crowns: i.crowns,
      tripleCrown: i.tripleCrown,
      valueScore: i.valueScore,
      priority: i.priority,
      npv: i.npv,
      paybackYears: i.paybackYears,
      confidence: i.confidence,
      robust: robust.get(i.id) ?? null,
      parts: { experience: i.breakdown.experience.part, cost: i.breakdown.cost.part, revenue: i.breakdown.revenue.part },
      harmsExperience: i.flags.harmsExperience,
      notLinkedToOutcome: i.flags.notLinkedToOutcome,
    })),
    totalInitiatives: sc.initiatives.length,
    periods: sc.roadmap.periods.map((p) => {
      const starting = byPeriod.get(p.index) ?? [];
      return {
        label: p.label,
        capacity: p.capacity,
        used: p.used,
        overCapacity: p.overCapacity,
        starting: starting.slice(0, REPORT_TITLES_PER_PERIOD),
        moreStarting: Math.max(0, starting.length - REPORT_TITLES_PER_PERIOD),
      };
    }),
    roadmapTotals: { ...sc.roadmap.totals },
    unscheduled,
    planVsRealised: {
      rows: plan.slice(0, REPORT_PLAN_ROWS),
      more: Math.max(0, plan.length - REPORT_PLAN_ROWS),
      totals: { ...sc.planVsRealised.totals },
    },
    benefits: {
      latestEndedPeriod: benefits.latestEndedPeriod?.label ?? null,
      total: benefits.total,
      departments: departments.slice(0, REPORT_BENEFIT_DEPARTMENTS),
      moreDepartments: Math.max(0, departments.length - REPORT_BENEFIT_DEPARTMENTS),
      calibration: benefits.calibration,
    },
  };
});
export type ReportData = Awaited<ReturnType<typeof reportData>>;
