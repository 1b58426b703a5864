import type { RouterOutputs as Outputs } from "../trpc/types";

export type PlanViewData = Outputs["plan"]["choice"];
export type ChoiceItemData = PlanViewData["items"][number];
export type ChoiceUnscheduled = Extract<ChoiceItemData, { scheduled: false }>;
export type ChoiceScheduled = Extract<ChoiceItemData, { scheduled: true }>;
export type CompareData = Outputs["plan"]["compare"];
