import { createCallerFactory, router } from "./init";
import { authRouter } from "./routers/auth";
import { invitationRouter, memberRouter } from "./routers/member";
import { workspaceRouter } from "./routers/workspace";

export const appRouter = router({
  auth: authRouter,
  workspace: workspaceRouter,
  member: memberRouter,
  invitation: invitationRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
