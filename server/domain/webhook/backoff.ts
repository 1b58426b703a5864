import { nextRetryAt } from "@/server/outbox/retry-schedule";

/** A delivery not made within 24 hours of its event is given up (the retry rhythm is the mail outbox's). */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;
/** Failed attempts in a row (any delivery of the hook) that pause it. */
export const PAUSE_AFTER_FAILURES = 10;

/** The next attempt's time after `attempts` failed ones, or null to give up. */
export function nextAttemptAt(createdAt: number, attempts: number, now: number): number | null {
  return nextRetryAt(attempts, createdAt, now, GIVE_UP_AFTER_MS);
}
