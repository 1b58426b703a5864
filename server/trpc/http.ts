import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { clientIp } from "@/server/auth/client-ip";
import { userIdFromCookies } from "@/server/auth/session-token";
import { createContext } from "./context";
import { appRouter } from "./root";

/** The tRPC endpoint: resolves the session once (light check, see session-token.ts), then runs the batch. */
export function handleTrpcRequest(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      createContext({
        db: getDb(),
        userId: await userIdFromCookies(req.headers.get("cookie")),
        ip: clientIp(req.headers),
        requestId: req.headers.get("x-request-id") ?? undefined,
      }),
  });
}
