/** The clock of the measures domain; tests pass their own `now` to the commands. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** UTC+14 (Line Islands) is the earliest zone to reach a new day. */
const EARLIEST_ZONE_MS = 14 * 60 * 60 * 1000;

/**
 * The latest calendar day it is anywhere on earth, as YYYY-MM-DD. The server
 * does not know the person's zone, so it only refuses a date that is in the
 * future for everyone; the form refuses anything after the person's own today.
 */
export function latestToday(now: number): string {
  return new Date(now + EARLIEST_ZONE_MS).toISOString().slice(0, 10);
}
