import { createCanvas, deleteCanvas, updateCanvas } from "@/server/domain/canvases/commands";
import { getCanvas, listCanvases } from "@/server/domain/canvases/queries";
import {
  canvasIdInput,
  createCanvasInput,
  deleteCanvasInput,
  listCanvasesInput,
  updateCanvasInput,
} from "@/server/domain/canvases/schemas";
import { router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const canvasRouter = router({
  list: workspaceProcedure.input(listCanvasesInput).query(({ ctx, input }) => listCanvases(ctx, input)),
  get: workspaceProcedure.input(canvasIdInput).query(({ ctx, input }) => getCanvas(ctx, input.id)),
  create: createProcedure
    .meta({ action: "content.write" })
    .input(createCanvasInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createCanvas(ctx, input))),
  update: workspaceProcedure
    .meta({ action: "content.write" })
    .input(updateCanvasInput).mutation(({ ctx, input }) => updateCanvas(ctx, input)),
  delete: workspaceProcedure
    .meta({ action: "content.write" })
    .input(deleteCanvasInput).mutation(({ ctx, input }) => deleteCanvas(ctx, input)),
});
