import type { RouterOutputs } from "../trpc/types";

export type SharedView = RouterOutputs["share"]["view"];
