import { logger } from "@/server/log";

/**
 * What Auth.js reports as errors, logged as what they are. A wrong password is
 * an expected outcome, not worth a line. An unreadable session cookie
 * (tampered, sealed with another secret) is the caller's problem: they are
 * treated as signed out, and it is said in one warning line without a stack,
 * at most once a minute per process (with how many there were), since the
 * cookie comes back with every request.
 */
const UNREADABLE_COOKIE_LOG_EVERY_MS = 60_000;
let lastUnreadableLog = Number.NEGATIVE_INFINITY;
let unreadableSinceLog = 0;

export function logAuthError(error: Error, now = Date.now()): void {
  const type = (error as { type?: string }).type ?? error.name;
  if (type === "CredentialsSignin") return;
  if (type === "JWTSessionError") {
    unreadableSinceLog += 1;
    if (now - lastUnreadableLog < UNREADABLE_COOKIE_LOG_EVERY_MS) return;
    const cause = (error as { cause?: { err?: Error } | Error }).cause;
    const reason = (cause as { err?: Error })?.err?.name ?? (cause as Error | undefined)?.name ?? type;
    logger.warn({ count: unreadableSinceLog, reason }, "unreadable session cookie: treated as signed out");
    lastUnreadableLog = now;
    unreadableSinceLog = 0;
    return;
  }
  logger.error({ err: error }, "auth error");
}
