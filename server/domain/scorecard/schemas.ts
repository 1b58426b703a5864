import { z } from "zod";

export const MIN_RUNS = 100;
export const MAX_RUNS = 5_000;
/** The seed when none is given: the same view shows the same ranges every time. */
export const DEFAULT_SEED = 1;
/** runs × initiatives; the samples take 8 bytes each (5M = 40 MB) and about a second per million. */
export const SAMPLE_BUDGET = 5_000_000;

export const simulateInput = z.object({
  runs: z
    .number()
    .int("Runs is a whole number")
    .min(MIN_RUNS, `At least ${MIN_RUNS} runs`)
    .max(MAX_RUNS, `At most ${MAX_RUNS.toLocaleString("en")} runs`)
    .default(1_000),
  seed: z
    .number()
    .int("The seed is a whole number")
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
export type SimulateInput = z.infer<typeof simulateInput>;
