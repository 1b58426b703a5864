import { isTRPCClientError, type TRPCClientErrorLike } from "@trpc/client";
import type { AppRouter } from "@/server/trpc/root";

/** What the server's errorFormatter (server/trpc/init.ts) puts on every error it answers. */
type ErrorData = NonNullable<TRPCClientErrorLike<AppRouter>["data"]>;

/** A failed call, as the person and the form need it. */
type TrpcError = {
  /** Ready to show: the server already wrote it for people; a plain sentence when there is none. */
  message: string;
  /** "NOT_FOUND", "CONFLICT", …; null when our API did not answer (offline, or not a tRPC call). */
  code: ErrorData["code"] | null;
  httpStatus: number | null;
  /** Messages per field key ("costReduction.low"), for forms; empty when the input was not refused field by field. */
  fieldErrors: Record<string, string[]>;
  /** What a CONFLICT says besides its message (ConflictDetails in server/domain/errors.ts); null otherwise. */
  conflict: ErrorData["conflict"];
};

const FALLBACK = "Something went wrong. Please try again.";

function hasMessage(error: unknown): error is { message: string } {
  return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" && error.message !== "";
}

/** Reads anything a tRPC call threw (or a query or mutation holds as its error). */
export function readTrpcError(error: unknown): TrpcError {
  const data = isTRPCClientError<AppRouter>(error) ? error.data : null;
  return {
    message: hasMessage(error) ? error.message : FALLBACK,
    code: data?.code ?? null,
    httpStatus: data?.httpStatus ?? null,
    fieldErrors: data?.fieldErrors ?? {},
    conflict: data?.conflict ?? null,
  };
}
