import { asc, eq, sql } from "drizzle-orm";
import {
  canvases,
  categories,
  initiativeAssumptions,
  initiativeDependencies,
  initiativeEffects,
  initiativeResults,
  initiatives,
  moments,
  users,
} from "@/db/schema";
import {
  chooseConfidence,
  evidenceConfidence,
  type ConfidenceSource,
  type EvidencedAssumption,
  type InitiativeInput,
  type Period,
  type PortfolioInput,
} from "@/server/scoring";
import type { DbOrTx } from "../shared/context";
import { loadPeriods, type PeriodRow } from "../period/queries";
import { loadPeriodResults, type PeriodResult } from "./delivered";
import { currentModel, engineModelOf, type StoredModel } from "../scoringModel/queries";

/** What the scorecard shows about an initiative besides its scores. */
export type InitiativeDisplay = {
  title: string;
  department: string;
  status: InitiativeInput["status"];
  ownerId: string | null;
  ownerName: string | null;
  /** The confidence scored with: the hand-picked one, or the evidence's when the model asks and there are assumptions. */
  confidence: number;
  confidenceSource: ConfidenceSource;
  /** Assumptions and risks the evidence confidence rests on (0 when hand-picked). */
  confidenceAssumptions: number;
  /** What a person picked, and what the evidence gives (null without assumptions): another model version chooses again. */
  handConfidence: number;
  evidence: { confidence: number | null; assumptions: number };
  effort: number;
  investment: number;
  durationPeriods: number;
  costReduction: { low: number; likely: number; high: number };
  revenueGrowth: { low: number; likely: number; high: number };
  decisionReason: string | null;
  progress: number;
  startPeriod: number | null;
  pinnedPeriod: number | null;
  version: number;
};

export type Realised = { costReduction: number; revenueGrowth: number; periodsReported: number };

export type LoadedPortfolio = {
  model: StoredModel;
  periods: PeriodRow[];
  /** The engine's input, initiatives in creation order (so Monte Carlo draws stay put when one is added). */
  input: PortfolioInput;
  enginePeriods: Period[];
  display: Map<string, InitiativeDisplay>;
  realised: Map<string, Realised>;
  /** Recorded results per initiative and period, oldest first (calibration and benefits realisation). */
  results: Map<string, PeriodResult[]>;
};

/** Reads every row the engine needs for one workspace and maps it to the engine's types. */
export async function loadPortfolio(db: DbOrTx, workspaceId: string): Promise<LoadedPortfolio> {
  const model = await currentModel(db, workspaceId);
  const periods = await loadPeriods(db, workspaceId);

  const categoryRows = await db
    .select({ id: categories.id, weight: categories.weight })
    .from(categories)
    .where(eq(categories.workspaceId, workspaceId))
    .orderBy(asc(categories.id));
  const momentRows = await db
    .select({ id: moments.id, categoryId: canvases.categoryId, importance: moments.importance, performance: moments.performance })
    .from(moments)
    .innerJoin(canvases, eq(canvases.id, moments.canvasId))
    .where(eq(moments.workspaceId, workspaceId))
    .orderBy(asc(moments.id));

  const rows = await db
    .select({ i: initiatives, ownerName: users.name })
    .from(initiatives)
    .leftJoin(users, eq(users.id, initiatives.ownerId))
    .where(eq(initiatives.workspaceId, workspaceId))
    .orderBy(asc(initiatives.createdAt), asc(initiatives.id));

  const effects = new Map<string, { momentId: string; effect: number }[]>();
  for (const e of await db
    .select({ initiativeId: initiativeEffects.initiativeId, momentId: initiativeEffects.momentId, effect: initiativeEffects.effect })
    .from(initiativeEffects)
    .where(eq(initiativeEffects.workspaceId, workspaceId))
    .orderBy(asc(initiativeEffects.initiativeId), asc(initiativeEffects.momentId))) {
    (effects.get(e.initiativeId) ?? effects.set(e.initiativeId, []).get(e.initiativeId)!).push({ momentId: e.momentId, effect: e.effect });
  }
  const dependsOn = new Map<string, string[]>();
  for (const d of await db
    .select({ id: initiativeDependencies.initiativeId, dependsOn: initiativeDependencies.dependsOnId })
    .from(initiativeDependencies)
    .where(eq(initiativeDependencies.workspaceId, workspaceId))
    .orderBy(asc(initiativeDependencies.initiativeId), asc(initiativeDependencies.dependsOnId))) {
    (dependsOn.get(d.id) ?? dependsOn.set(d.id, []).get(d.id)!).push(d.dependsOn);
  }

  const realised = new Map<string, Realised>();
  for (const r of await db
    .select({
      id: initiativeResults.initiativeId,
      cost: sql<number>`sum(${initiativeResults.actualCostReduction})`,
      revenue: sql<number>`sum(${initiativeResults.actualRevenueGrowth})`,
      n: sql<number>`count(*)`,
    })
    .from(initiativeResults)
    .where(eq(initiativeResults.workspaceId, workspaceId))
    .groupBy(initiativeResults.initiativeId)) {
    realised.set(r.id, { costReduction: Number(r.cost), revenueGrowth: Number(r.revenue), periodsReported: Number(r.n) });
  }

  const assumptions = new Map<string, EvidencedAssumption[]>();
  for (const a of await db
    .select({
      id: initiativeAssumptions.initiativeId,
      status: initiativeAssumptions.status,
      evidence: initiativeAssumptions.evidence,
      critical: initiativeAssumptions.critical,
    })
    .from(initiativeAssumptions)
    .where(eq(initiativeAssumptions.workspaceId, workspaceId))) {
    (assumptions.get(a.id) ?? assumptions.set(a.id, []).get(a.id)!).push({ status: a.status, evidence: a.evidence, critical: a.critical });
  }

  const display = new Map<string, InitiativeDisplay>();
  const engineInitiatives: InitiativeInput[] = rows.map(({ i, ownerName }) => {
    const costReduction = { low: i.costLow, likely: i.costLikely, high: i.costHigh };
    const revenueGrowth = { low: i.revenueLow, likely: i.revenueLikely, high: i.revenueHigh };
    const own = assumptions.get(i.id) ?? [];
    const chosen = chooseConfidence(i.confidence, model.confidenceFromEvidence, own);
    display.set(i.id, {
      title: i.title,
      department: i.department,
      status: i.status,
      ownerId: i.ownerId,
      ownerName,
      confidence: chosen.confidence,
      confidenceSource: chosen.source,
      confidenceAssumptions: chosen.assumptions,
      handConfidence: i.confidence,
      evidence: { confidence: evidenceConfidence(own), assumptions: own.length },
      effort: i.effort,
      investment: i.investment,
      durationPeriods: i.durationPeriods,
      costReduction,
      revenueGrowth,
      decisionReason: i.decisionReason,
      progress: i.progress,
      startPeriod: i.startPeriod,
      pinnedPeriod: i.pinnedPeriod,
      version: i.version,
    });
    return {
      id: i.id,
      costReduction,
      revenueGrowth,
      effects: effects.get(i.id) ?? [],
      investment: i.investment,
      effort: i.effort,
      durationPeriods: i.durationPeriods,
      confidence: chosen.confidence,
      dependsOn: dependsOn.get(i.id) ?? [],
      status: i.status,
      startPeriod: i.startPeriod,
      pinnedPeriod: i.pinnedPeriod,
    };
  });

  return {
    model,
    periods,
    input: {
      model: engineModelOf(model),
      categories: categoryRows,
      moments: momentRows,
      initiatives: engineInitiatives,
    },
    enginePeriods: periods.map((p) => ({ id: p.id, label: p.label, capacity: p.capacity })),
    display,
    realised,
    results: await loadPeriodResults(db, workspaceId, periods),
  };
}
