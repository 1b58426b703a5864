import { categoryProcedures } from "@/server/domain/categories";
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
import { initiativeRouter } from "./routers/initiative";
import { periodRouter } from "./routers/period";
import { scoringModelRouter } from "./routers/scoring-model";
import { scorecardRouter } from "./routers/scorecard";
import { transferRouter } from "./routers/transfer";
import { shareRouter } from "./routers/share";

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
  initiative: initiativeRouter,
  period: periodRouter,
  scoringModel: scoringModelRouter,
  scorecard: scorecardRouter,
  transfer: transferRouter,
  share: shareRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
