import {
  analyzePortfolio,
  isOpenStatus,
  sensitivityScenarios,
  STARTED_STATUSES,
  type InitiativeStatus,
  type ScoredInitiative,
} from "@/server/scoring";
import { planCalendar } from "../period/calendar";
import { calibrationOf } from "./calibration";
import type { InitiativeDisplay, LoadedPortfolio } from "./portfolio";

export type ScorecardInitiative = ScoredInitiative & InitiativeDisplay;

/** Open work is ranked and planned (docs/scoring.md v2); done and cancelled work is listed apart (the engine's rule). */
export const isOpen = (i: { status: InitiativeStatus }) => isOpenStatus(i.status);

/**
 * The headline numbers an executive reads first. "Scheduled" means placed on
 * the roadmap: in progress, pinned or planned within capacity.
 * - initiatives / tripleCrowns: open work (proposed, approved, in progress),
 *   the rows of the ranked table; closed counts done and cancelled work apart.
 * - plannedCostReduction / plannedRevenueGrowth: Σ likely yearly amounts of scheduled ones.
 * - totalNpv: Σ NPV of scheduled ones.
 * - experienceScore: Σ experience crown score (s_E, −10..10) of scheduled ones:
 *   how much better, on the model's scale, the planned work makes the moments of truth.
 */
function headline(initiatives: ScorecardInitiative[], scheduled: Set<string>) {
  let count = 0;
  let tripleCrowns = 0;
  let plannedCostReduction = 0;
  let plannedRevenueGrowth = 0;
  let totalNpv = 0;
  let experienceScore = 0;
  const closed = { done: 0, cancelled: 0 };
  for (const i of initiatives) {
    if (isOpen(i)) {
      count++;
      if (i.tripleCrown) tripleCrowns++;
    } else if (i.status === "done") closed.done++;
    else closed.cancelled++;
    if (!scheduled.has(i.id)) continue;
    plannedCostReduction += i.costReduction.likely;
    plannedRevenueGrowth += i.revenueGrowth.likely;
    totalNpv += i.npv;
    experienceScore += i.scores.experience;
  }
  return {
    initiatives: count,
    closed,
    tripleCrowns,
    scheduled: scheduled.size,
    plannedCostReduction,
    plannedRevenueGrowth,
    totalNpv,
    experienceScore,
  };
}

/**
 * Plan against result for work that has started: the yearly amounts the
 * initiative was planned to deliver (likely) next to the sums recorded as
 * realised so far, per initiative and in total.
 */
function planVsRealised(initiatives: ScorecardInitiative[], loaded: LoadedPortfolio) {
  const rows = initiatives
    .filter((i) => (STARTED_STATUSES as readonly InitiativeStatus[]).includes(i.status))
    .map((i) => {
      const r = loaded.realised.get(i.id) ?? { costReduction: 0, revenueGrowth: 0, periodsReported: 0 };
      return {
        id: i.id,
        title: i.title,
        status: i.status,
        startPeriod: i.startPeriod,
        progress: i.progress,
        plannedCostReduction: i.costReduction.likely,
        plannedRevenueGrowth: i.revenueGrowth.likely,
        realisedCostReduction: r.costReduction,
        realisedRevenueGrowth: r.revenueGrowth,
        periodsReported: r.periodsReported,
      };
    });
  const totals = rows.reduce(
    (t, r) => ({
      plannedCostReduction: t.plannedCostReduction + r.plannedCostReduction,
      plannedRevenueGrowth: t.plannedRevenueGrowth + r.plannedRevenueGrowth,
      realisedCostReduction: t.realisedCostReduction + r.realisedCostReduction,
      realisedRevenueGrowth: t.realisedRevenueGrowth + r.realisedRevenueGrowth,
    }),
    { plannedCostReduction: 0, plannedRevenueGrowth: 0, realisedCostReduction: 0, realisedRevenueGrowth: 0 },
  );
  return { rows, totals };
}

/** Runs the engine over a loaded workspace: ranked scores, sensitivity, roadmap and the summaries. */
export function buildScorecard(loaded: LoadedPortfolio) {
  // One validation and scoring pass for all three results (the separate entry
  // points would each validate and score the whole portfolio again).
  const calendar = planCalendar(loaded.periods);
  const { scored, sensitivity, roadmap } = analyzePortfolio(loaded.input, loaded.enginePeriods, { currentPeriod: calendar.currentPeriod });
  const initiatives: ScorecardInitiative[] = scored.map((s) => ({ ...s, ...loaded.display.get(s.id)! }));
  const scheduled = new Set(roadmap.items.filter((item) => item.scheduled).map((item) => item.id));
  return {
    model: loaded.model,
    periods: loaded.periods,
    calendar,
    initiatives,
    sensitivity: {
      scenarios: sensitivityScenarios(loaded.input.model.weights),
      rows: sensitivity,
    },
    roadmap: {
      ...roadmap,
      items: roadmap.items.map((item) => ({ ...item, title: loaded.display.get(item.id)?.title ?? "" })),
    },
    headline: headline(initiatives, scheduled),
    planVsRealised: planVsRealised(initiatives, loaded),
    /** How done work's estimates realised, and open work's calibrated values (beside the estimated ones, never instead). */
    calibration: calibrationOf(loaded),
    /** Realised sums by initiative (read-only; shared with the loaded portfolio). */
    realised: loaded.realised as ReadonlyMap<string, { costReduction: number; revenueGrowth: number; periodsReported: number }>,
  };
}
export type Scorecard = ReturnType<typeof buildScorecard>;
