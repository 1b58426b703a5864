import { categoryProcedures } from "@/server/domain/categories";
import { transferProcedures } from "@/server/domain/transfer";
import { scorecardProcedures } from "@/server/domain/scorecard";
import { invitationProcedures } from "@/server/domain/invitation";
import { memberProcedures } from "@/server/domain/member";
import { workspaceProcedures } from "@/server/domain/workspaces";
import { authProcedures } from "@/server/domain/auth";
import { initiativeProcedures } from "@/server/domain/initiatives";
import { shareProcedures } from "@/server/domain/sharing";
import { scoringModelProcedures } from "@/server/domain/scoringModel";
import { periodProcedures } from "@/server/domain/periods";
import { auditProcedures } from "@/server/domain/audit";
import { commentProcedures } from "@/server/domain/comments";
import { measureProcedures } from "@/server/domain/measures";
import { momentProcedures } from "@/server/domain/moments";
import { canvasProcedures } from "@/server/domain/canvases";
import { createCallerFactory, router } from "./init";
import { routerFromTable } from "./router-from-table";

export const appRouter = router({
  auth: routerFromTable(authProcedures),
  workspace: routerFromTable(workspaceProcedures),
  member: routerFromTable(memberProcedures),
  invitation: routerFromTable(invitationProcedures),
  category: routerFromTable(categoryProcedures),
  canvas: routerFromTable(canvasProcedures),
  moment: routerFromTable(momentProcedures),
  measure: routerFromTable(measureProcedures),
  comment: routerFromTable(commentProcedures),
  audit: routerFromTable(auditProcedures),
  initiative: routerFromTable(initiativeProcedures),
  period: routerFromTable(periodProcedures),
  scoringModel: routerFromTable(scoringModelProcedures),
  scorecard: routerFromTable(scorecardProcedures),
  transfer: routerFromTable(transferProcedures),
  share: routerFromTable(shareProcedures),
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
