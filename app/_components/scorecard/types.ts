import type { RouterOutputs as Outputs } from "../trpc/types";

/**
 * The page-sized scorecard views (docs/decisions/009-scorecard-views.md) and
 * their parts, for typing the overview, roadmap and results views.
 */
export type ScorecardSummary = Outputs["scorecard"]["summary"];
export type ScorecardModel = ScorecardSummary["model"];
export type Headline = ScorecardSummary["headline"];
export type PlanPeriod = ScorecardSummary["periods"][number];

/** A ranked row with its breakdown and its rank range across weight shifts. */
export type ScorecardRow = Outputs["scorecard"]["rows"]["items"][number];
export type RowSensitivity = ScorecardRow["sensitivity"];

export type RoadmapData = Outputs["scorecard"]["roadmap"];
type RoadmapItem = RoadmapData["items"][number];
export type ScheduledItem = Extract<RoadmapItem, { scheduled: true }>;
export type UnscheduledItem = Extract<RoadmapItem, { scheduled: false }>;

export type PlanVsRealisedData = Outputs["scorecard"]["planVsRealised"];
export type PlanVsRealisedRow = PlanVsRealisedData["rows"][number];

export type StoredModel = Outputs["scoringModel"]["get"];
