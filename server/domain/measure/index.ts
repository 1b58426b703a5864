import { procedureTable } from "../shared/procedure";
import { addActual, createMeasure, deleteActual, deleteMeasure, updateMeasure } from "./commands";
import { listMeasuresGrouped } from "./grouped";
import { measurePermissions } from "./permissions";
import { getMeasure, listActuals, listMeasures } from "./queries";
import {
  actualIdInput,
  addActualInput,
  createMeasureInput,
  listActualsInput,
  listMeasuresInput,
  measureIdInput,
  updateMeasureInput,
} from "./schemas";

export * from "./commands";
export * from "./finishes";
export * from "./grouped";
export * from "./progress";
export * from "./queries";
export * from "./schemas";
export { measurePermissions };

export const measureProcedures = procedureTable(measurePermissions, {
  list: (p) => p.query(listMeasuresInput, listMeasures),
  listGrouped: (p) => p.query(listMeasuresGrouped),
  get: (p) => p.query(measureIdInput, async (ctx, input) => await getMeasure(ctx, input.id)),
  create: (p) => p.create(createMeasureInput, createMeasure),
  update: (p) => p.mutation(updateMeasureInput, updateMeasure),
  delete: (p) => p.mutation(measureIdInput, deleteMeasure),
  addActual: (p) => p.create(addActualInput, async (ctx, input) => await addActual(ctx, input)),
  deleteActual: (p) => p.mutation(actualIdInput, deleteActual),
  listActuals: (p) => p.query(listActualsInput, listActuals),
});
