import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

/**
 * The page-sized scorecard views (docs/decisions/009-scorecard-views.md) and
 * their parts, for typing the overview, roadmap and results views.
 */
export type ScorecardSummary = Outputs["scorecard"]["summary"];
export type ScorecardModel = ScorecardSummary["model"];
export type Headline = ScorecardSummary["headline"];
export type ChartPoint = ScorecardSummary["points"][number];
export type DepartmentCrowns = ScorecardSummary["departments"][number];
export type PlanPeriod = ScorecardSummary["periods"][number];

export type ScorecardRowsPage = Outputs["scorecard"]["rows"];
/** A ranked row with its breakdown and its rank range across weight shifts. */
export type ScorecardRow = ScorecardRowsPage["items"][number];
export type RowSensitivity = ScorecardRow["sensitivity"];

export type RoadmapData = Outputs["scorecard"]["roadmap"];
export type RoadmapItem = RoadmapData["items"][number];
export type ScheduledItem = Extract<RoadmapItem, { scheduled: true }>;
export type UnscheduledItem = Extract<RoadmapItem, { scheduled: false }>;

export type PlanVsRealisedData = Outputs["scorecard"]["planVsRealised"];
export type PlanVsRealisedRow = PlanVsRealisedData["rows"][number];

export type SimulationData = Outputs["scorecard"]["simulate"];
export type PreviewData = Outputs["scoringModel"]["preview"];
export type StoredModel = Outputs["scoringModel"]["get"];
