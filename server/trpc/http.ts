import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { randomUUID } from "node:crypto";
import { getDb, type Db } from "@/db/client";
import { clientIp } from "@/server/auth/client-ip";
import { knownUserId, userIdFromCookies } from "@/server/auth/session-token";
import { logger } from "@/server/log";
import { createContext } from "./context";
import { domainCause } from "./errors";
import { MAX_BATCH_SIZE } from "./limits";
import { cachedResponse, readCacheKey, rememberResponse } from "./read-cache";
import { appRouter } from "./root";

/** A caller's own request id is kept when it is short and plain (it ends up in logs). */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The tRPC endpoint: resolves the session once (light check, see
 * session-token.ts), serves the scorecard's reads from the response cache
 * when it can (read-cache.ts), else runs the batch. Every response carries an
 * x-request-id, and one structured log line per request names it.
 */
export async function handleTrpcRequest(req: Request): Promise<Response> {
  return serveTrpc(await getDb(), req);
}

/** The handler on a given connection (tests pass their own database). */
export async function serveTrpc(db: Db, req: Request): Promise<Response> {
  const started = performance.now();
  const given = req.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  const cookie = req.headers.get("cookie");
  const known = await knownUserId(cookie, db);
  const userId = known !== undefined ? known : await userIdFromCookies(cookie, db);
  const url = new URL(req.url);
  const cacheKey = await readCacheKey(db, req, url, userId);
  let response = cacheKey === null ? null : cachedResponse(cacheKey);
  const cache = cacheKey === null ? undefined : response ? "hit" : "miss";
  if (response === null) {
    response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: () => createContext({ db, userId, ip: clientIp(req.headers), requestId }),
      maxBatchSize: MAX_BATCH_SIZE,
      responseMeta: ({ errors }) => {
        if (!errors.some((e) => e.code === "TOO_MANY_REQUESTS")) return {};
        const retryAfter = Math.max(0, ...errors.map((e) => domainCause(e)?.retryAfterSeconds ?? 0));
        return { headers: new Headers({ "retry-after": String(Math.ceil(retryAfter || 5)) }) };
      },
    });
    if (cacheKey !== null) response = await rememberResponse(cacheKey, response);
  }
  response.headers.set("x-request-id", requestId);
  // Answers are per user and change with every edit: no shared or browser cache may keep them.
  response.headers.set("cache-control", "private, no-store");
  if (logger.enabled("info")) {
    logger.info(
      {
        requestId,
        method: req.method,
        path: url.pathname,
        status: response.status,
        ms: Math.round(performance.now() - started),
        userId,
        cache,
      },
      "api request",
    );
  }
  return response;
}
