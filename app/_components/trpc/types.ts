import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

/**
 * What each procedure takes and returns, as the browser sends and reads it: the one place they are inferred from the
 * router. Name a part with an index (`RouterOutputs["scorecard"]["roadmap"]`), never by hand.
 */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type CategoryItem = RouterOutputs["category"]["list"]["items"][number];
export type CanvasItem = RouterOutputs["canvas"]["list"]["items"][number];
export type CanvasDetail = RouterOutputs["canvas"]["get"];
export type MomentItem = RouterOutputs["moment"]["list"]["items"][number];
export type MeasureItem = RouterOutputs["measure"]["list"][number];
export type InitiativeListItem = RouterOutputs["initiative"]["list"]["items"][number];
export type InitiativeDetail = RouterOutputs["initiative"]["get"];
