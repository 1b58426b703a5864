import { z } from "zod";
import { isDomainError, type DomainErrorCode } from "@/server/domain/errors";
import type { FieldLabels } from "@/server/domain/shared/labels";
import { isZodError, zodMessage } from "@/server/trpc/errors";

/** The codes an error answer carries, each with its HTTP status (docs/api.md lists them). */
export const API_ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid: 422,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** Every error answer: `{ error: { code, message, fields? } }`; `fields` names each field refused, with why. */
export const apiErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]]),
      message: z.string().describe("In plain words, for the integration's developer"),
      fields: z.record(z.string(), z.array(z.string())).optional().describe("Each refused field (dotted path) with its messages"),
    }),
  })
  .meta({ id: "Error", description: "An error answer." });

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Domain codes to API codes: the API's twin of server/trpc/errors.ts's table. */
const FROM_DOMAIN: Record<DomainErrorCode, ApiErrorCode> = {
  NOT_FOUND: "not_found",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  INVALID: "invalid",
  TOO_MANY_REQUESTS: "too_many_requests",
  TIMEOUT: "unavailable",
  UNAVAILABLE: "unavailable",
};

function zodFields(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return out;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") return true;
  }
  return false;
}

/** The API error for anything a handler threw, or null for an unexpected error (answered 500, and logged). */
export function toApiError(error: unknown, labels: FieldLabels = {}): ApiError | null {
  if (error instanceof ApiError) return error;
  if (isZodError(error)) return new ApiError("invalid", zodMessage(error, labels), zodFields(error));
  if (isUniqueViolation(error)) return new ApiError("conflict", "Someone else saved the same thing at the same moment. Try again.");
  if (isDomainError(error)) {
    const headers: Record<string, string> = error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : {};
    return new ApiError(FROM_DOMAIN[error.code], error.message, error.fieldErrors ?? undefined, headers);
  }
  if (error instanceof Error && error.name === "ScoringInputError") return new ApiError("invalid", error.message);
  return null;
}

export function errorResponse(error: ApiError, extraHeaders: Record<string, string> = {}): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  return Response.json(body, { status: API_ERROR_STATUS[error.code], headers: { ...error.headers, ...extraHeaders } });
}
