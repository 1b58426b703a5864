import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { clientIp } from "@/server/auth/client-ip";
import { currentUserId } from "@/server/auth/session";
import { createContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";

function handler(req: Request) {
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

export { handler as GET, handler as POST };
