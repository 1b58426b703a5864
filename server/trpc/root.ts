import { categoryProcedures } from "@/server/domain/categories";
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
import { authRouter } from "./routers/auth";
import { invitationRouter, memberRouter } from "./routers/member";
import { workspaceRouter } from "./routers/workspace";
import { scorecardRouter } from "./routers/scorecard";
import { transferRouter } from "./routers/transfer";

export const appRouter = router({
  auth: authRouter,
  workspace: workspaceRouter,
  member: memberRouter,
  invitation: invitationRouter,
  category: routerFromTable(categoryProcedures),
  canvas: routerFromTable(canvasProcedures),
  moment: routerFromTable(momentProcedures),
  measure: routerFromTable(measureProcedures),
  comment: routerFromTable(commentProcedures),
  audit: routerFromTable(auditProcedures),
  initiative: routerFromTable(initiativeProcedures),
  period: routerFromTable(periodProcedures),
  scoringModel: routerFromTable(scoringModelProcedures),
  scorecard: scorecardRouter,
  transfer: transferRouter,
  share: routerFromTable(shareProcedures),
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
