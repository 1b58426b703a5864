import { procedureTable } from "../shared/procedure";
import { addAssumption, deleteAssumption, updateAssumption } from "./assumptions";
import { createInitiative, deleteInitiative, updateInitiative } from "./commands";
import { setDependencies, setEffects } from "./links";
import { setMeasureLinks } from "./measure-links";
import { initiativePermissions } from "./permissions";
import { getInitiative, listDepartments, listInitiatives } from "./queries";
import { deleteResult, recordResult } from "./results";
import {
  addAssumptionInput,
  createInitiativeInput,
  decideInput,
  deleteByVersionInput,
  deleteInitiativeInput,
  departmentsInput,
  initiativeIdInput,
  listInitiativesInput,
  recordResultInput,
  setDependenciesInput,
  setEffectsInput,
  setMeasureLinksInput,
  updateAssumptionInput,
  updateInitiativeInput,
  updateProgressInput,
} from "./schemas";
import { decideInitiative, updateProgress } from "./track";

export * from "./access";
export * from "./assumptions";
export * from "./commands";
export * from "./links";
export * from "./measure-links";
export * from "./queries";
export * from "./results";
export * from "./schemas";
export * from "./status-rules";
export * from "./track";
export { initiativePermissions };

export const initiativeProcedures = procedureTable(initiativePermissions, {
  list: (p) => p.query(listInitiativesInput, listInitiatives),
  get: (p) => p.query(initiativeIdInput, getInitiative),
  departments: (p) => p.query(departmentsInput, listDepartments),
  create: (p) => p.create(createInitiativeInput, createInitiative),
  update: (p) => p.mutation(updateInitiativeInput, updateInitiative),
  delete: (p) => p.mutation(deleteInitiativeInput, deleteInitiative),
  updateProgress: (p) => p.mutation(updateProgressInput, updateProgress),
  decide: (p) => p.mutation(decideInput, decideInitiative),
  setEffects: (p) => p.mutation(setEffectsInput, setEffects),
  setDependencies: (p) => p.mutation(setDependenciesInput, setDependencies),
  setMeasureLinks: (p) => p.mutation(setMeasureLinksInput, setMeasureLinks),
  addAssumption: (p) => p.create(addAssumptionInput, addAssumption),
  updateAssumption: (p) => p.mutation(updateAssumptionInput, updateAssumption),
  deleteAssumption: (p) => p.mutation(deleteByVersionInput, deleteAssumption),
  recordResult: (p) => p.create(recordResultInput, recordResult),
  deleteResult: (p) => p.mutation(deleteByVersionInput, deleteResult),
});
