import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

/** What each procedure returns, for typing the pages' props and caches. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type CategoryItem = RouterOutputs["category"]["list"]["items"][number];
export type CanvasItem = RouterOutputs["canvas"]["list"]["items"][number];
export type CanvasDetail = RouterOutputs["canvas"]["get"];
export type MomentItem = RouterOutputs["moment"]["list"]["items"][number];
export type MeasureItem = RouterOutputs["measure"]["list"][number];
export type InitiativeListItem = RouterOutputs["initiative"]["list"]["items"][number];
export type InitiativeDetail = RouterOutputs["initiative"]["get"];
export type MomentGroups = RouterOutputs["moment"]["listGrouped"];
