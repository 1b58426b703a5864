import { procedureTable } from "../shared/procedure";
import { createCanvas, deleteCanvas, updateCanvas } from "./commands";
import { canvasPermissions } from "./permissions";
import { getCanvas, listCanvases } from "./queries";
import { canvasIdInput, createCanvasInput, deleteCanvasInput, listCanvasesInput, updateCanvasInput } from "./schemas";

export * from "./commands";
export * from "./queries";
export * from "./schemas";
export { canvasCounts, type CanvasCounts } from "./counts";
export { dependentsOfCanvases, describeLoss } from "./dependents";
export { canvasPermissions };

export const canvasProcedures = procedureTable(canvasPermissions, {
  list: (p) => p.query(listCanvasesInput, listCanvases),
  get: (p) => p.query(canvasIdInput, async (ctx, input) => await getCanvas(ctx, input.id)),
  create: (p) => p.create(createCanvasInput, createCanvas),
  update: (p) => p.mutation(updateCanvasInput, updateCanvas),
  delete: (p) => p.mutation(deleteCanvasInput, deleteCanvas),
});
