const DAY = 86_400_000;

/** The UTC day of an instant, "YYYY-MM-DD". */
export function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The day `days` before the instant's. */
export function daysBefore(epochMs: number, days: number): string {
  return isoDay(epochMs - days * DAY);
}

/** Midnight UTC starting a "YYYY-MM-DD" day, in epoch ms. */
export function startOfDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
