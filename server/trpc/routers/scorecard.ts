import { simulateInput } from "@/server/domain/scorecard/schemas";
import {
  getPlanVsRealised,
  getRoadmap,
  getScorecard,
  getScorecardRows,
  getScorecardSummary,
  simulateScorecard,
} from "@/server/domain/scorecard/service";
import { scorecardRowsInput } from "@/server/domain/scorecard/views";
import { router, workspaceProcedure } from "../init";

export const scorecardRouter = router({
  /** Everything at once: for exports and small workspaces; pages use the views below. */
  get: workspaceProcedure.query(({ ctx }) => getScorecard(ctx)),
  summary: workspaceProcedure.query(({ ctx }) => getScorecardSummary(ctx)),
  rows: workspaceProcedure.input(scorecardRowsInput).query(({ ctx, input }) => getScorecardRows(ctx, input)),
  roadmap: workspaceProcedure.query(({ ctx }) => getRoadmap(ctx)),
  planVsRealised: workspaceProcedure.query(({ ctx }) => getPlanVsRealised(ctx)),
  simulate: workspaceProcedure.input(simulateInput).query(({ ctx, input }) => simulateScorecard(ctx, input)),
});
