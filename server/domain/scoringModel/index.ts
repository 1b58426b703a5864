import { procedureTable } from "../shared/procedure";
import { updateModel } from "./commands";
import { scoringModelPermissions } from "./permissions";
import { previewModel } from "./preview";
import { getModel, modelHistory } from "./queries";
import { modelHistoryInput, previewModelInput, updateModelInput } from "./schemas";

export * from "./commands";
export * from "./defaults";
export * from "./preview";
export * from "./queries";
export * from "./schemas";
export { scoringModelPermissions };

export const scoringModelProcedures = procedureTable(scoringModelPermissions, {
  get: (p) => p.query(getModel),
  history: (p) => p.query(modelHistoryInput, modelHistory),
  update: (p) => p.mutation(updateModelInput, updateModel),
  preview: (p) => p.query(previewModelInput, previewModel),
});
