import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** What `scorecard.get` returns, and its parts, for typing the overview, roadmap and results views. */
export type ScorecardData = Outputs["scorecard"]["get"];
export type ScorecardRow = ScorecardData["initiatives"][number];
export type SensitivityRow = ScorecardData["sensitivity"]["rows"][number];
export type RoadmapData = ScorecardData["roadmap"];
export type RoadmapItem = RoadmapData["items"][number];
export type ScheduledItem = Extract<RoadmapItem, { scheduled: true }>;
export type UnscheduledItem = Extract<RoadmapItem, { scheduled: false }>;
export type PlanPeriod = ScorecardData["periods"][number];
export type PlanVsRealisedRow = ScorecardData["planVsRealised"]["rows"][number];
export type SimulationData = Outputs["scorecard"]["simulate"];
export type PreviewData = Outputs["scoringModel"]["preview"];
export type StoredModel = Outputs["scoringModel"]["get"];
