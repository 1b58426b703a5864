import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { isDomainError, type DomainErrorCode, type DomainErrorLike } from "@/server/domain/errors";
import { labelOf, type FieldLabels } from "@/server/domain/shared/labels";

/** Domain codes to tRPC codes: the one table (by code, not class: see server/domain/errors.ts). */
const TRPC_CODE: Record<DomainErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID: "BAD_REQUEST",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  TIMEOUT: "SERVICE_UNAVAILABLE",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/** The engine's input error, by name (it is a plain Error subclass of a pure module, also bundled apart). */
function isScoringInputError(error: unknown): error is Error & { issues: unknown[] } {
  return error instanceof Error && error.name === "ScoringInputError" && Array.isArray((error as { issues?: unknown }).issues);
}

/** A ZodError from any copy of zod: by name and shape, for the same reason as domain errors. */
export function isZodError(error: unknown): error is ZodError {
  return (
    error instanceof ZodError ||
    (error instanceof Error && error.name === "ZodError" && Array.isArray((error as { issues?: unknown }).issues))
  );
}

/**
 * A unique index refused a write (PostgreSQL 23505, SQLite's
 * SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY), found anywhere in the error's cause
 * chain (Drizzle wraps the driver's error). Commands check first; this is the
 * race another instance can win between the check and the write.
 */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") return true;
  }
  return false;
}

/** The one place where domain errors become tRPC codes. */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  if (isUniqueViolation(error)) {
    return new TRPCError({
      code: "CONFLICT",
      message: "Someone else saved the same thing at the same moment. Reload and try again.",
      cause: error,
    });
  }
  if (isDomainError(error)) return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
  if (isScoringInputError(error)) return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  return null;
}

/** The domain error behind a tRPC error, if any. */
export function domainCause(error: TRPCError): DomainErrorLike | null {
  return isDomainError(error.cause) ? error.cause : null;
}

/** Field errors for forms: from zod, or from a domain ValidationError. */
export function fieldErrorsOf(error: TRPCError): Record<string, string[]> | null {
  const cause = error.cause;
  if (isZodError(cause)) {
    const out: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const key = issue.path.join(".") || "_";
      (out[key] ??= []).push(issue.message);
    }
    return out;
  }
  const domain = domainCause(error);
  if (domain?.code === "INVALID" && domain.fieldErrors) return domain.fieldErrors;
  return null;
}

/**
 * A readable one-line message for a zod failure, naming the field by its label
 * ("Cost reduction, low: …"), never by its key; a message that already starts
 * with the label is not prefixed twice.
 */
export function zodMessage(error: ZodError, labels: FieldLabels = {}): string {
  const first = error.issues[0];
  if (!first) return "Invalid input";
  const label = first.path.length ? labelOf(labels, first.path.join(".")) : "";
  const where = label && !first.message.startsWith(label) ? `${label}: ` : "";
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  return `${where}${first.message}${more}`;
}
