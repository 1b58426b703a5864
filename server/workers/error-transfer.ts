import { DomainError, isDomainError, type DomainErrorCode, type DomainErrorLike } from "@/server/domain/errors";
import { ScoringInputError, type ScoringIssue } from "@/server/scoring";

/**
 * An error as it crosses the worker boundary. Structured clone keeps only
 * message and name of an Error, so the parts the error mapping reads (the
 * code, field errors, conflict details, Retry-After, engine issues) travel
 * as plain data and are rebuilt on the other side: errors map by code, never
 * by class (server/domain/errors.ts), so a rebuilt error maps the same.
 */
export type WorkerError = {
  name: string;
  message: string;
  code?: DomainErrorCode;
  fieldErrors?: Record<string, string[]>;
  details?: DomainErrorLike["details"];
  retryAfterSeconds?: number;
  issues?: ScoringIssue[];
};

export function errorToWorkerReply(error: unknown): WorkerError {
  if (isDomainError(error)) {
    return {
      name: error.name,
      message: error.message,
      code: error.code,
      fieldErrors: error.fieldErrors,
      details: error.details,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  if (error instanceof ScoringInputError) return { name: error.name, message: error.message, issues: error.issues };
  const e = error as { name?: unknown; message?: unknown } | null;
  return { name: typeof e?.name === "string" ? e.name : "Error", message: String(e?.message ?? error) };
}

/** A domain error rebuilt from its code: mapped exactly as the one thrown in the worker. */
class WorkerDomainError extends DomainError {
  fieldErrors?: Record<string, string[]>;
  details?: DomainErrorLike["details"];
  retryAfterSeconds?: number;
  constructor(reply: WorkerError & { code: DomainErrorCode }) {
    super(reply.message);
    Object.defineProperty(this, "code", { value: reply.code });
    this.name = reply.name;
    if (reply.fieldErrors) this.fieldErrors = reply.fieldErrors;
    if (reply.details) this.details = reply.details;
    if (reply.retryAfterSeconds !== undefined) this.retryAfterSeconds = reply.retryAfterSeconds;
  }
}

export function errorFromWorker(reply: WorkerError): Error {
  if (reply.code) return new WorkerDomainError({ ...reply, code: reply.code });
  if (reply.issues) return new ScoringInputError(reply.issues);
  const error = new Error(`${reply.name}: ${reply.message}`);
  error.name = "WorkerError";
  return error;
}
