import { updateModel } from "@/server/domain/scoringModel/commands";
import { previewModel } from "@/server/domain/scoringModel/preview";
import { getModel, modelHistory } from "@/server/domain/scoringModel/queries";
import { modelHistoryInput, previewModelInput, updateModelInput } from "@/server/domain/scoringModel/schemas";
import { router, workspaceProcedure } from "../init";

export const scoringModelRouter = router({
  get: workspaceProcedure.query(({ ctx }) => getModel(ctx)),
  history: workspaceProcedure.input(modelHistoryInput).query(({ ctx, input }) => modelHistory(ctx, input)),
  update: workspaceProcedure
    .meta({ action: "model.write" })
    .input(updateModelInput).mutation(({ ctx, input }) => updateModel(ctx, input)),
  preview: workspaceProcedure.input(previewModelInput).query(({ ctx, input }) => previewModel(ctx, input)),
});
