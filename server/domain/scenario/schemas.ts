import { z } from "zod";
import { MAX_PERIODS } from "../period/schemas";
import { idSchema as id, keptText, requiredText, versionSchema } from "../shared/inputs";

export const SCENARIO_NAME_MAX = 80;
export const SCENARIO_DESCRIPTION_MAX = 1_000;
/** Initiatives one scenario may force in, and as many out. */
export const MAX_FORCED = 1_000;
/** The most a capacity may be: the same bound a period's own capacity has (period/schemas.ts). */
export const CAPACITY_MAX = 1e9;

const name = requiredText("Name", SCENARIO_NAME_MAX, "Give the scenario a name");
const description = keptText("Description", SCENARIO_DESCRIPTION_MAX);
const scoringModelNumber = z
  .number({ message: "Choose a scoring model version" })
  .int("A model version is a whole number")
  .min(1, "A model version is 1 or more")
  .nullable();
const capacity = z
  .number({ message: "Capacity must be a number" })
  .min(0, "Capacity cannot be negative")
  .max(CAPACITY_MAX, "Capacity must be at most 1,000,000,000");
const capacities = z
  .array(z.object({ periodId: id, capacity }))
  .max(MAX_PERIODS, `A scenario changes the capacity of at most ${MAX_PERIODS} periods`);
const forced = (what: string) =>
  z.array(id).max(MAX_FORCED, `At most ${MAX_FORCED.toLocaleString("en")} initiatives can be forced ${what}`);

/** The field schemas the workspace file reuses (scenario/codec.ts), so a file holds nothing the API would refuse. */
export const scenarioFieldSchemas = { name, description, scoringModelNumber, capacity };

/** What each field is called in the form; messages use these, never the keys. */
export const SCENARIO_LABELS = {
  name: "Name",
  description: "Description",
  scoringModelNumber: "Scoring model",
  capacities: "Capacity per period",
  forceIn: "Forced in",
  forceOut: "Forced out",
} as const;

// Without defaults, so an update can leave any field out (zod 4 applies defaults inside .partial()).
const fields = { name, description, scoringModelNumber, capacities, forceIn: forced("in"), forceOut: forced("out") };

export const createScenarioInput = z.object({
  ...fields,
  description: description.default(""),
  scoringModelNumber: scoringModelNumber.default(null),
  capacities: capacities.default([]),
  forceIn: forced("in").default([]),
  forceOut: forced("out").default([]),
});
export type CreateScenarioInput = z.infer<typeof createScenarioInput>;

/** Each list given replaces the scenario's list whole; a field left out is kept. */
export const updateScenarioInput = z.object(fields).partial().extend({ id, expectedVersion: versionSchema });
export type UpdateScenarioInput = z.infer<typeof updateScenarioInput>;

export const deleteScenarioInput = z.object({ id, expectedVersion: versionSchema });
export type DeleteScenarioInput = z.infer<typeof deleteScenarioInput>;

export const duplicateScenarioInput = z.object({ id, name });
export type DuplicateScenarioInput = z.infer<typeof duplicateScenarioInput>;

export const scenarioIdInput = z.object({ id });
