/**
 * When a failed delivery is tried again: 1 minute after the first failure,
 * then 5 and 30 minutes, 2 hours, then every 6 hours; a delivery not made
 * within 24 hours of its event is given up.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const RETRY_DELAYS_MS = [MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR] as const;
export const GIVE_UP_AFTER_MS = 24 * HOUR;
/** Failed attempts in a row (any delivery of the hook) that pause it. */
export const PAUSE_AFTER_FAILURES = 10;

/** The next attempt's time after `attempts` failed ones, or null to give up. */
export function nextAttemptAt(createdAt: number, attempts: number, now: number): number | null {
  const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1] ?? MINUTE;
  const next = now + delay;
  return next > createdAt + GIVE_UP_AFTER_MS ? null : next;
}
