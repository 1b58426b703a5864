import { z } from "zod";
import { INITIATIVE_STATUSES } from "@/server/scoring/types";
import { isOpen, type Scorecard, type ScorecardInitiative } from "./compute";
import { calibratedValueOf, type CalibratedValue } from "./calibration";
import type { LoadedPortfolio } from "./portfolio";

/**
 * Views of the cached scorecard sized for pages: a 2,000-initiative
 * scorecard is about 4 MB of JSON, too much to send (or serialise) on every
 * view. The summary carries the headline and compact chart points, the rows
 * come a page at a time, the roadmap is compact. Each is derived once per
 * cached scorecard (see cache.ts), so a request only slices.
 */

export const CHART_POINTS = 300;
/** Unscheduled items listed on the roadmap (by rank); the rest are counted. */
export const UNSCHEDULED_LISTED = 500;
/** Done and cancelled initiatives listed under the ranked table; the rest are counted. */
export const CLOSED_LISTED = 200;

export const scorecardRowsInput = z.object({
  limit: z.number().int().min(1).max(100).default(25),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  search: z.string().trim().max(200).optional(),
  department: z.string().max(100).optional(),
  status: z.enum(INITIATIVE_STATUSES).optional(),
  /** Only initiatives with a red flag (harms experience or not linked to an outcome). */
  flagged: z.boolean().optional(),
  /** Only triple crowns (experience, cost and revenue all positive). */
  tripleCrown: z.boolean().optional(),
});
export type ScorecardRowsInput = z.infer<typeof scorecardRowsInput>;

/** rankMin, rankMax and robust are null for done and cancelled work, which is not ranked. */
export type ScorecardRow = ScorecardInitiative & {
  sensitivity: { rankMin: number | null; rankMax: number | null; robust: boolean | null };
  /** The value and rank with calibrated estimates (docs/scoring.md §10.2); null when no calibration factor applies. */
  calibrated: CalibratedValue | null;
};

/** The ranked table: open work only (docs/scoring.md v2), in rank order. */
function rows(scorecard: Scorecard): ScorecardRow[] {
  const byId = new Map(scorecard.sensitivity.rows.map((r) => [r.id, r]));
  return scorecard.initiatives.filter(isOpen).map((i) => {
    const s = byId.get(i.id);
    return {
      ...i,
      sensitivity: s
        ? { rankMin: s.rankMin, rankMax: s.rankMax, robust: s.robust }
        : { rankMin: i.rank, rankMax: i.rank, robust: i.rank !== null },
      calibrated: calibratedValueOf(scorecard.calibration, i.id),
    };
  });
}

/** Done and cancelled work, listed apart from the ranking: done first, then by title. */
function closedWork(scorecard: Scorecard, loaded: LoadedPortfolio) {
  const closed = scorecard.initiatives
    .filter((i) => !isOpen(i))
    .sort((a, b) => (a.status === b.status ? a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1) : a.status === "done" ? -1 : 1));
  return {
    total: closed.length,
    items: closed.slice(0, CLOSED_LISTED).map((i) => ({
      id: i.id,
      title: i.title,
      status: i.status as "done" | "cancelled",
      department: i.department,
      valueScore: i.valueScore,
      crowns: i.crowns,
      decisionReason: i.decisionReason,
      plannedCostReduction: i.costReduction.likely,
      plannedRevenueGrowth: i.revenueGrowth.likely,
      /** Sums of the realised results recorded, or null when none is. */
      realised: loaded.realised.get(i.id) ?? null,
    })),
  };
}

function summary(scorecard: Scorecard, loaded: LoadedPortfolio) {
  const departments = new Map<string, { department: string; crowns: [number, number, number, number]; count: number }>();
  for (const i of scorecard.initiatives) {
    if (!isOpen(i)) continue;
    const key = i.department || "No department";
    const d = departments.get(key) ?? { department: key, crowns: [0, 0, 0, 0], count: 0 };
    d.crowns[i.crowns as 0 | 1 | 2 | 3]++;
    d.count++;
    departments.set(key, d);
  }
  return {
    model: scorecard.model,
    periods: scorecard.periods,
    calendar: scorecard.calendar,
    headline: scorecard.headline,
    closed: closedWork(scorecard, loaded),
    scenarios: scorecard.sensitivity.scenarios,
    /** Every initiative, open or closed (the ranked table has headline.initiatives rows). */
    total: scorecard.initiatives.length,
    robust: scorecard.sensitivity.rows.filter((r) => r.robust).length,
    departments: [...departments.values()].sort((a, b) => a.department.localeCompare(b.department)),
    /** The top of the ranking, compact, for the value-against-effort chart. */
    points: scorecard.initiatives
      .filter(isOpen)
      .slice(0, CHART_POINTS)
      .flatMap((i) =>
        i.rank === null
          ? []
          : [
              {
                id: i.id,
                title: i.title,
                rank: i.rank,
                valueScore: i.valueScore,
                effort: i.effort,
                npv: i.npv,
                crowns: i.crowns,
                department: i.department,
              },
            ],
      ),
    planVsRealisedTotals: scorecard.planVsRealised.totals,
  };
}

function roadmap(scorecard: Scorecard, loaded: LoadedPortfolio) {
  const byId = new Map(scorecard.initiatives.map((i) => [i.id, i]));
  const prerequisites = new Map(loaded.input.initiatives.map((i) => [i.id, i.dependsOn]));
  const items = scorecard.roadmap.items.map((item) => {
    const i = byId.get(item.id);
    const base = {
      id: item.id,
      title: item.title,
      rank: item.rank,
      status: item.status,
      department: i?.department ?? "",
      crowns: i?.crowns ?? 0,
      valueScore: item.valueScore,
      effort: item.effort,
      pinnedPeriod: i?.pinnedPeriod ?? null,
      version: i?.version ?? 1,
      pulledForwardBy: item.pulledForwardBy,
      /** Pinned to a period that has ended: planned like the others (docs/scoring.md v2). */
      stalePin: item.stalePin,
      /** Prerequisites, for "after X" markers. */
      dependsOn: (prerequisites.get(item.id) ?? []).map((id) => ({ id, title: byId.get(id)?.title ?? id })),
    };
    return item.scheduled
      ? {
          ...base,
          scheduled: true as const,
          kind: item.kind,
          startPeriod: item.startPeriod,
          endPeriod: item.endPeriod,
          overdue: item.overdue,
        }
      : {
          ...base,
          scheduled: false as const,
          reason: item.reason,
          blockedBy: (item.blockedBy ?? []).map((id) => ({ id, title: byId.get(id)?.title ?? id })),
        };
  });
  const unscheduled = items.filter((i) => !i.scheduled).sort((a, b) => a.rank - b.rank);
  const byReason = { no_positive_value: 0, blocked: 0, no_capacity: 0 };
  for (const i of unscheduled) if (!i.scheduled) byReason[i.reason]++;
  const listed = new Set(unscheduled.slice(0, UNSCHEDULED_LISTED).map((i) => i.id));
  const dates = new Map(loaded.periods.map((p) => [p.id, { startDate: p.startDate, lastDay: p.lastDay }]));
  return {
    periods: scorecard.roadmap.periods.map((p) => ({ ...p, ...(dates.get(p.id) ?? { startDate: "", lastDay: "" }) })),
    calendar: scorecard.calendar,
    totals: scorecard.roadmap.totals,
    /** Every scheduled item, and the first UNSCHEDULED_LISTED unscheduled ones by rank. */
    items: items.filter((i) => i.scheduled || listed.has(i.id)),
    unscheduledTotal: unscheduled.length,
    unscheduledByReason: byReason,
  };
}

/** What a list of initiatives shows of each one's score. */
export type ScoreGlance = {
  rank: number | null;
  valueScore: number;
  crowns: number;
  /** The three crown scores and the model's threshold: the list draws the same crown as the scorecard. */
  scores: { experience: number; cost: number; revenue: number };
  crownThreshold: number;
};

export type ScorecardViews = {
  rows: ScorecardRow[];
  summary: ReturnType<typeof summary>;
  roadmap: ReturnType<typeof roadmap>;
  planVsRealised: Scorecard["planVsRealised"];
};

export function buildViews(scorecard: Scorecard, loaded: LoadedPortfolio): ScorecardViews {
  return {
    rows: rows(scorecard),
    summary: summary(scorecard, loaded),
    roadmap: roadmap(scorecard, loaded),
    planVsRealised: scorecard.planVsRealised,
  };
}

/** One page of the ranked rows, filtered; `total` counts the filtered rows. */
export function pageOfRows(all: ScorecardRow[], input: ScorecardRowsInput) {
  const search = input.search?.toLowerCase();
  const filtered =
    search || input.department !== undefined || input.status || input.flagged || input.tripleCrown
      ? all.filter(
          (r) =>
            (!search || r.title.toLowerCase().includes(search)) &&
            (input.department === undefined || r.department === input.department) &&
            (!input.status || r.status === input.status) &&
            (!input.flagged || r.flags.harmsExperience || r.flags.notLinkedToOutcome) &&
            (!input.tripleCrown || r.tripleCrown),
        )
      : all;
  return {
    total: filtered.length,
    limit: input.limit,
    offset: input.offset,
    items: filtered.slice(input.offset, input.offset + input.limit),
  };
}
