import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { clientIp } from "@/server/auth/client-ip";
import { currentUserId } from "@/server/auth/session";
import { createContext } from "./context";
import { appRouter } from "./root";

/** The tRPC endpoint: resolves the session once, then runs the procedure(s) of the batch. */
export function handleTrpcRequest(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      createContext({
        db: getDb(),
        userId: await currentUserId(),
        ip: clientIp(req.headers),
        requestId: req.headers.get("x-request-id") ?? undefined,
      }),
  });
}
