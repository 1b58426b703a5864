import {
  addActual,
  createMeasure,
  deleteActual,
  deleteMeasure,
  updateMeasure,
} from "@/server/domain/measures/commands";
import { getMeasure, listActuals, listMeasures } from "@/server/domain/measures/queries";
import {
  actualIdInput,
  addActualInput,
  createMeasureInput,
  listActualsInput,
  listMeasuresInput,
  measureIdInput,
  updateMeasureInput,
} from "@/server/domain/measures/schemas";
import { router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const measureRouter = router({
  list: workspaceProcedure.input(listMeasuresInput).query(({ ctx, input }) => listMeasures(ctx, input)),
  get: workspaceProcedure.input(measureIdInput).query(({ ctx, input }) => getMeasure(ctx, input.id)),
  create: createProcedure
    .meta({ action: "content.write" })
    .input(createMeasureInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createMeasure(ctx, input))),
  update: workspaceProcedure
    .meta({ action: "content.write" })
    .input(updateMeasureInput).mutation(({ ctx, input }) => updateMeasure(ctx, input)),
  delete: workspaceProcedure
    .meta({ action: "content.write" })
    .input(measureIdInput).mutation(({ ctx, input }) => deleteMeasure(ctx, input)),
  addActual: createProcedure
    .meta({ action: "measure.record" })
    .input(addActualInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => addActual(ctx, input))),
  deleteActual: workspaceProcedure
    .meta({ action: "measure.record" })
    .input(actualIdInput).mutation(({ ctx, input }) => deleteActual(ctx, input)),
  listActuals: workspaceProcedure.input(listActualsInput).query(({ ctx, input }) => listActuals(ctx, input)),
});
