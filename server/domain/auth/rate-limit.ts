/**
 * Fixed-window counters of failed sign-ins, per email and per address, kept
 * in memory: one app process serves a SQLite deployment, and a restart that
 * forgets the counters only gives an attacker one more window.
 */
export const SIGN_IN_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();

function current(key: string, now: number): Window | undefined {
  const w = windows.get(key);
  if (w && w.resetAt <= now) {
    windows.delete(key);
    return undefined;
  }
  return w;
}

/** Minutes until the caller may try again, or 0 when they may try now. */
export function signInBlockedFor(keys: string[], now = Date.now()): number {
  let until = 0;
  for (const key of keys) {
    const w = current(key, now);
    if (w && w.count >= SIGN_IN_LIMIT) until = Math.max(until, w.resetAt);
  }
  return until ? Math.max(1, Math.ceil((until - now) / 60_000)) : 0;
}

export function recordSignInFailure(keys: string[], now = Date.now()): void {
  for (const key of keys) {
    const w = current(key, now);
    if (w) w.count += 1;
    else windows.set(key, { count: 1, resetAt: now + SIGN_IN_WINDOW_MS });
  }
  // Bound memory under a spray of addresses.
  if (windows.size > 50_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
}

export function signInKeys(email: string, ip: string): string[] {
  return [`email:${email.trim().toLowerCase()}`, `ip:${ip}`];
}

/** For tests: forget every counter. */
export function resetSignInLimits(): void {
  windows.clear();
}
