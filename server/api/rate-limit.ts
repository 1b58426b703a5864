import type { Db } from "@/db/client";
import { describeWait, hitLimit } from "@/server/domain/auth/rate-limit";
import { ApiError } from "./errors";

/** Calls one token may make per minute, on all instances together (counted in the database). */
export function apiRequestsPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : 120;
}

const WINDOW_MS = 60_000;

/**
 * Counts the call against its token's window (the database-backed limiter of
 * decision 023) and refuses it past the limit with 429 and Retry-After.
 * Answers the headers that tell a client where it stands.
 */
export async function countApiCall(db: Db, tokenId: string, now: number): Promise<Record<string, string>> {
  const limit = apiRequestsPerMinute();
  const row = await hitLimit(db, `api-token:${tokenId}`, WINDOW_MS, now);
  const resetSeconds = Math.max(1, Math.ceil((row.expiresAt - now) / 1000));
  const headers = {
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(Math.max(0, limit - row.count)),
    "RateLimit-Reset": String(resetSeconds),
  };
  if (row.count > limit) {
    throw new ApiError(
      "too_many_requests",
      `This token made more than ${limit} calls in a minute. Try again in ${describeWait(row.expiresAt - now)}.`,
      undefined,
      { ...headers, "Retry-After": String(resetSeconds) },
    );
  }
  return headers;
}
