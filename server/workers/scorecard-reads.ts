import { decisionSnapshotRead } from "@/server/domain/decision/snapshot";
import { glanceRead } from "@/server/domain/initiative/queries";
import { planChoiceRead } from "@/server/domain/plan/choice";
import { planRobustnessRead } from "@/server/domain/plan/robustness";
import {
  fullScorecardRead,
  planVsRealisedRead,
  roadmapRead,
  rowsRead,
  simulationRead,
  summaryRead,
} from "@/server/domain/scorecard/service";
import { benefitsRead, departmentCalibrationRead } from "@/server/domain/scorecard/outcome-reads";
import type { ScorecardRead } from "@/server/domain/scorecard/read";
import { previewRead } from "@/server/domain/scoringModel/preview";
import { sharedRead } from "@/server/domain/share/view";
import { csvRead } from "@/server/domain/transfer/csv-export";
import { workspaceFileRead } from "@/server/domain/transfer/workspace-export";
import { reportRead } from "@/server/domain/transfer/report";

/**
 * Every scorecard read the heavy worker can run, by name. A read missing
 * here fails loudly ("unknown read") the first time a large workspace asks
 * for it; tests/integration/off-thread-scorecard.test.ts runs each one both
 * ways and compares.
 */
export const SCORECARD_READS: ReadonlyMap<string, ScorecardRead<never, unknown>> = new Map(
  [
    fullScorecardRead,
    summaryRead,
    rowsRead,
    roadmapRead,
    planVsRealisedRead,
    simulationRead,
    glanceRead,
    decisionSnapshotRead,
    csvRead,
    workspaceFileRead,
    reportRead,
    sharedRead,
    previewRead,
    planChoiceRead,
    planRobustnessRead,
    benefitsRead,
    departmentCalibrationRead,
  ].map((read) => [read.name, read as ScorecardRead<never, unknown>]),
);
