// Builders for hand-worked engine tests: every default is neutral (no money,
// no links, effort 1, confidence 1) so a test states only what it checks.
import {
  DEFAULT_MODEL,
  type InitiativeInput,
  type Period,
  type PortfolioInput,
  type Roadmap,
  type RoadmapItem,
  type ScheduledRoadmapItem,
  type ScoringModel,
  type UnscheduledRoadmapItem,
} from "@/server/scoring";

export const fixed = (v: number) => ({ low: v, likely: v, high: v });

export function model(over: Partial<ScoringModel> = {}): ScoringModel {
  return {
    weights: { ...DEFAULT_MODEL.weights },
    materialAmount: { ...DEFAULT_MODEL.materialAmount },
    revenueMargin: DEFAULT_MODEL.revenueMargin,
    discountRate: DEFAULT_MODEL.discountRate,
    horizonYears: DEFAULT_MODEL.horizonYears,
    ...over,
  };
}

export function initiative(id: string, over: Partial<InitiativeInput> = {}): InitiativeInput {
  return {
    id,
    costReduction: fixed(0),
    revenueGrowth: fixed(0),
    effects: [],
    investment: 0,
    effort: 1,
    durationPeriods: 1,
    confidence: 1,
    dependsOn: [],
    status: "proposed",
    ...over,
  };
}

export function portfolio(initiatives: InitiativeInput[], over: Partial<PortfolioInput> = {}): PortfolioInput {
  return {
    model: model(),
    categories: [{ id: "A", weight: 1 }],
    moments: [{ id: "m", categoryId: "A", importance: 5, performance: 1 }],
    initiatives,
    ...over,
  };
}

/**
 * Cost-only model: weights 0/100/0 and material 1,000,000, so with confidence 1
 * an initiative whose costReduction.likely is v × 10,000 has valueScore exactly v
 * (s_C = v / 10, B = v / 10, valueScore = 10 × B). Handy for roadmap cases.
 */
const COST_ONLY = model({ weights: { experience: 0, cost: 100, revenue: 0 } });

export function valued(id: string, value: number, over: Partial<InitiativeInput> = {}): InitiativeInput {
  return initiative(id, { costReduction: fixed(value * 10_000), ...over });
}

export function costOnly(initiatives: InitiativeInput[]): PortfolioInput {
  return portfolio(initiatives, { model: COST_ONLY });
}

export function periods(capacities: number[]): Period[] {
  return capacities.map((capacity, q) => ({ id: `p${q}`, label: `P${q + 1}`, capacity }));
}

/** A plan's item by id; `placed` and `unplaced` also say which it must be, naming what it is instead. */
export function item(roadmap: Roadmap, id: string): RoadmapItem {
  const found = roadmap.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}
export function placed(roadmap: Roadmap, id: string): ScheduledRoadmapItem {
  const it = item(roadmap, id);
  if (!it.scheduled) throw new Error(`${id} is unscheduled (${it.reason})`);
  return it;
}
export function unplaced(roadmap: Roadmap, id: string): UnscheduledRoadmapItem {
  const it = item(roadmap, id);
  if (it.scheduled) throw new Error(`${id} is scheduled at ${it.startPeriod}`);
  return it;
}
export const used = (roadmap: Roadmap) => roadmap.periods.map((p) => p.used);
