import { categoryProcedures } from "@/server/domain/categories";
import { createCallerFactory, router } from "./init";
import { routerFromTable } from "./router-from-table";
import { authRouter } from "./routers/auth";
import { invitationRouter, memberRouter } from "./routers/member";
import { workspaceRouter } from "./routers/workspace";
import { canvasRouter } from "./routers/canvas";
import { momentRouter } from "./routers/moment";
import { measureRouter } from "./routers/measure";
import { commentRouter } from "./routers/comment";
import { auditRouter } from "./routers/audit";
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
  canvas: canvasRouter,
  moment: momentRouter,
  measure: measureRouter,
  comment: commentRouter,
  audit: auditRouter,
  initiative: initiativeRouter,
  period: periodRouter,
  scoringModel: scoringModelRouter,
  scorecard: scorecardRouter,
  transfer: transferRouter,
  share: shareRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
