import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { ScoringInputError } from "@/server/scoring";
import { labelOf, type FieldLabels } from "@/server/domain/shared/labels";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  ValidationError,
} from "@/server/domain/errors";

/** The one place where domain errors become tRPC codes. */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  if (error instanceof NotFoundError) return new TRPCError({ code: "NOT_FOUND", message: error.message, cause: error });
  if (error instanceof ForbiddenError) return new TRPCError({ code: "FORBIDDEN", message: error.message, cause: error });
  if (error instanceof ConflictError) return new TRPCError({ code: "CONFLICT", message: error.message, cause: error });
  if (error instanceof ValidationError)
    return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  if (error instanceof TooManyRequestsError)
    return new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
  if (error instanceof ScoringInputError)
    return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  if (error instanceof DomainError) return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  return null;
}

/** Field errors for forms: from zod, or from a domain ValidationError. */
export function fieldErrorsOf(error: TRPCError): Record<string, string[]> | null {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const out: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const key = issue.path.join(".") || "_";
      (out[key] ??= []).push(issue.message);
    }
    return out;
  }
  if (cause instanceof ValidationError) return cause.fieldErrors;
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
