/**
 * When a background send that failed (a mail, a webhook delivery) is tried
 * again: 1 minute after the first failure, then 5 minutes, 30 minutes,
 * 2 hours, then every 6 hours, until the item is older than its give-up
 * horizon. One schedule for both queues, so a receiver that is down for an
 * afternoon sees the same rhythm from either. Pure, so it is tested by itself.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR] as const;
export const LATER_RETRY_MS = 6 * HOUR;

/** The delay after the `attempts`-th failed attempt (1 = the first). */
export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MS[attempts - 1] ?? LATER_RETRY_MS;
}

/**
 * The next attempt's time after `attempts` failed ones, or null when the item
 * is given up: its next try would fall later than `giveUpAfterMs` after it was
 * created.
 */
export function nextRetryAt(attempts: number, createdAt: number, now: number, giveUpAfterMs: number): number | null {
  const next = now + retryDelayMs(Math.max(1, attempts));
  return next > createdAt + giveUpAfterMs ? null : next;
}
