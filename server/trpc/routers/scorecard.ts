import { simulateInput } from "@/server/domain/scorecard/schemas";
import { getScorecard, simulateScorecard } from "@/server/domain/scorecard/service";
import { router, workspaceProcedure } from "../init";

export const scorecardRouter = router({
  get: workspaceProcedure.query(({ ctx }) => getScorecard(ctx)),
  simulate: workspaceProcedure.input(simulateInput).query(({ ctx, input }) => simulateScorecard(ctx, input)),
});
