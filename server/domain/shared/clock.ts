/**
 * The one place on the server that decides what day it is (decision 021).
 * Planning asks "which period are we in?", the demo is dated from the day it
 * is seeded, dialogs default to the current period: all of them read today()
 * so a test can move the whole app to another day.
 *
 * - Integration tests call setClock(() => "2026-08-15") and resetClock().
 * - A built app (browser tests) reads TRIPLE_CROWN_TODAY=YYYY-MM-DD, honoured
 *   outside production, or in production only when
 *   TRIPLE_CROWN_ALLOW_CLOCK_OVERRIDE=1 is set too: a stray variable on a real
 *   server must not move every plan to another day.
 * Days are UTC calendar days: periods are whole dates, and one server must
 * answer the same for every reader.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Today = () => string;

let override: Today | null = null;

function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The environment's fixed day, when it is allowed and well formed; otherwise null. */
export function envToday(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.TRIPLE_CROWN_TODAY?.trim();
  if (!value) return null;
  const allowed = env.NODE_ENV !== "production" || env.TRIPLE_CROWN_ALLOW_CLOCK_OVERRIDE === "1";
  if (!allowed) return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`TRIPLE_CROWN_TODAY must be a date written YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

/** Today's date, YYYY-MM-DD (UTC). */
export function today(): string {
  if (override) return override();
  return envToday() ?? utcDate(Date.now());
}

/** For tests: every later today() answers what `fn` returns. */
export function setClock(fn: Today): void {
  override = fn;
}

/** For tests: back to the real clock (or the environment's day). */
export function resetClock(): void {
  override = null;
}
