/**
 * When a message that failed is tried again: 1 minute, 5 minutes, 30 minutes,
 * 2 hours, then every 6 hours; a message still unsent two days after it was
 * written is given up (status "failed"). Pure, so the schedule is tested by
 * itself.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR] as const;
export const LATER_RETRY_MS = 6 * HOUR;
export const GIVE_UP_AFTER_MS = 48 * HOUR;

/** The delay after the `attempts`-th failed attempt (1 = the first). */
export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MS[attempts - 1] ?? LATER_RETRY_MS;
}

/** The next attempt's time after a failure, or null when the message is given up. */
export function nextAttemptAfterFailure(attempts: number, createdAt: number, now: number): number | null {
  const next = now + retryDelayMs(attempts);
  return next > createdAt + GIVE_UP_AFTER_MS ? null : next;
}
