import { procedureTable } from "../shared/procedure";
import { createScenario, deleteScenario, duplicateScenario, updateScenario } from "./commands";
import { scenarioPermissions } from "./permissions";
import { getScenario, listScenarios } from "./queries";
import { createScenarioInput, deleteScenarioInput, duplicateScenarioInput, scenarioIdInput, updateScenarioInput } from "./schemas";

export * from "./commands";
export * from "./load";
export * from "./queries";
export * from "./schemas";
export { scenarioPermissions };

export const scenarioProcedures = procedureTable(scenarioPermissions, {
  list: (p) => p.query(listScenarios),
  get: (p) => p.query(scenarioIdInput, getScenario),
  create: (p) => p.create(createScenarioInput, createScenario),
  update: (p) => p.mutation(updateScenarioInput, updateScenario),
  delete: (p) => p.mutation(deleteScenarioInput, deleteScenario),
  duplicate: (p) => p.create(duplicateScenarioInput, duplicateScenario),
});
