import { PROCEDURES } from "@/server/domain/procedures";
import { createCallerFactory } from "./init";
import { routerFromTables } from "./router-from-table";

/** Derived from the entities' procedure tables: `trpc.<router key>.<procedure name>`. */
export const appRouter = routerFromTables(PROCEDURES);

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
