import { procedureTable } from "../shared/procedure";
import { scorecardPermissions } from "./permissions";
import { simulateInput } from "./schemas";
import { getPlanVsRealised, getRoadmap, getScorecard, getScorecardRows, getScorecardSummary, simulateScorecard } from "./service";
import { scorecardRowsInput } from "./views";
import { departmentCalibrationInput, getBenefits, getDepartmentCalibration } from "./outcome-reads";

export * from "./schemas";
export * from "./service";
export * from "./outcome-reads";
export { scorecardRowsInput, type ScorecardRowsInput } from "./views";
export { scorecardPermissions };

// Handlers return what the service returns (a scorecard read may be asynchronous).
export const scorecardProcedures = procedureTable(scorecardPermissions, {
  /** Everything at once: for exports and small workspaces; pages use the views below. */
  get: (p) => p.query((ctx) => getScorecard(ctx)),
  summary: (p) => p.query((ctx) => getScorecardSummary(ctx)),
  rows: (p) => p.query(scorecardRowsInput, (ctx, input) => getScorecardRows(ctx, input)),
  roadmap: (p) => p.query((ctx) => getRoadmap(ctx)),
  planVsRealised: (p) => p.query((ctx) => getPlanVsRealised(ctx)),
  simulate: (p) => p.query(simulateInput, (ctx, input) => simulateScorecard(ctx, input)),
  benefits: (p) => p.query((ctx) => getBenefits(ctx)),
  departmentCalibration: (p) => p.query(departmentCalibrationInput, (ctx, input) => getDepartmentCalibration(ctx, input)),
});
