import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { authenticateApiToken, touchApiToken } from "@/server/domain/apiToken/authenticate";
import { can } from "@/server/domain/permissions";
import { runOnce } from "@/server/domain/shared/idempotency";
import { IDEMPOTENCY_KEY } from "@/server/domain/shared/idempotency";
import { findBadText } from "@/server/domain/shared/text";
import { logger } from "@/server/log";
import { labelsForPath } from "@/server/trpc/field-labels";
import { ApiError, errorResponse, toApiError } from "./errors";
import { operationById, type Operation, type RequestParts } from "./operations";
import { countApiCall } from "./rate-limit";
import { readQuery } from "./query";

/** The answer's envelope: one row or object as `data`, or a page of rows with the cursor of the next page. */
export function envelopeOf(op: Operation): z.ZodObject {
  return op.paged
    ? z.object({
        data: z.array(op.response),
        nextCursor: z.string().nullable().describe("Send as ?cursor= for the next page; null on the last"),
      })
    : z.object({ data: op.response });
}

/** As the tRPC endpoint accepts a caller's request id (server/trpc/http.ts). */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const NO_STORE = { "Cache-Control": "no-store" };
const MAX_BODY_BYTES = 1_000_000;

function bearerToken(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new ApiError(
      "unauthorized",
      "Send your API token in the Authorization header: Authorization: Bearer tc_… (an admin makes tokens in the workspace's settings).",
    );
  }
  return match[1]!;
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new ApiError("bad_request", "The request body is larger than 1 MB.");
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new ApiError("bad_request", "Send the body as JSON, with Content-Type: application/json.");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The request body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new ApiError("bad_request", "The request body must be a JSON object.");
  // The app's one text rule: text that cannot be stored faithfully is refused with its field named.
  const bad = findBadText(body);
  if (bad) {
    const field = bad.path || "body";
    throw new ApiError("invalid", `${field}: ${bad.problem}. Remove it and try again.`, { [field]: [`This text ${bad.problem}.`] });
  }
  return body;
}

function forbiddenMessage(scope: string): string {
  return scope === "read"
    ? "This token has read access only: creating or changing data needs a read_write token."
    : "This token's access does not allow this operation.";
}

/**
 * Answers one API call: the token (401), its rate limit (429), the
 * operation's permission for the token's role from the app's permission
 * table (403, before any input is read, as in the app), the query and body
 * (400/422), then the same domain procedure the app calls. The answer is
 * passed through the operation's documented schema.
 */
export async function handleApiRequest(
  op: Operation,
  request: Request,
  id: string | undefined,
  options: { db?: Db } = {},
): Promise<Response> {
  const started = performance.now();
  const given = request.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  const seen: { tokenId?: string } = {};
  const response = await answer(op, request, id, options.db, requestId, seen);
  response.headers.set("x-request-id", requestId);
  if (logger.enabled("info")) {
    const ms = Math.round(performance.now() - started);
    logger.info(
      { requestId, method: request.method, operation: op.operationId, status: response.status, ms, tokenId: seen.tokenId },
      "api v1 request",
    );
  }
  return response;
}

async function answer(
  op: Operation,
  request: Request,
  id: string | undefined,
  givenDb: Db | undefined,
  requestId: string,
  seen: { tokenId?: string },
): Promise<Response> {
  let limitHeaders: Record<string, string> = {};
  try {
    const db = givenDb ?? (await getDb());
    const now = Date.now();
    const caller = await authenticateApiToken(db, bearerToken(request), now);
    if ("refused" in caller) throw new ApiError("unauthorized", caller.refused);
    seen.tokenId = caller.tokenId;
    limitHeaders = await countApiCall(db, caller.tokenId, now);
    await touchApiToken(db, caller.tokenId, now);
    const access = op.procedure.access;
    if (access === "public" || access === "signed-in" || !can(caller.ctx.role, access))
      throw new ApiError("forbidden", forbiddenMessage(caller.scope));

    const parts: RequestParts = { id, query: {}, body: undefined };
    const url = new URL(request.url);
    if (op.query) parts.query = op.query.parse(readQuery(url.searchParams, op.query));
    else if ([...url.searchParams.keys()].length) throw new ApiError("bad_request", "This operation takes no query parameters.");
    if (op.body) parts.body = await readBody(request);

    const key = request.headers.get("idempotency-key");
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
      throw new ApiError("invalid", "Idempotency-Key: 8 to 100 letters, digits, - or _ (a UUID works).", {
        "Idempotency-Key": ["8 to 100 letters, digits, - or _"],
      });
    }
    const run = () => op.run(caller.ctx, parts);
    const result =
      op.method === "POST" && key
        ? await runOnce(db, caller.ctx.userId, { key, scope: `api:${caller.tokenId}:${op.operationId}` }, run)
        : await run();
    const body = envelopeOf(op).safeParse(result);
    // An answer that does not fit its documented schema is our bug (500), never the caller's 422.
    if (!body.success) throw new Error(`${op.operationId} answered outside its schema: ${body.error.message}`);
    return Response.json(body.data, { status: op.status ?? 200, headers: { ...NO_STORE, ...limitHeaders } });
  } catch (error) {
    const known = toApiError(error, labelsForPath(op.procedurePath));
    if (known) return errorResponse(known, { ...NO_STORE, ...limitHeaders });
    logger.error({ err: error, operation: op.operationId, requestId }, "unexpected API error");
    return errorResponse(
      new ApiError("internal", "Something went wrong on our side. Please try again; if it keeps happening, tell your admin."),
      NO_STORE,
    );
  }
}

/** Next passes no params at all to a route without a dynamic segment (/api/v1/categories), so both may be missing. */
type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> } | undefined;

/** The route handler of one operation (app/api/v1/…/route.ts exports one per method): a single call into handleApiRequest. */
export function apiHandler(operationId: string): (request: Request, context?: RouteContext) => Promise<Response> {
  const op = operationById(operationId);
  return async (request, context) => {
    const params = (await context?.params) ?? {};
    return await handleApiRequest(op, request, typeof params.id === "string" ? params.id : undefined);
  };
}
