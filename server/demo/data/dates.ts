import { addMonths, quarterStart } from "@/server/domain/period/quarters";
import { addDays, monthsBetween } from "@/server/domain/period/current";

/**
 * The measure readings in the data files are dated as if the demo were seeded
 * in the quarter starting on this day: their latest reading (2026-09-30) is the
 * end of the quarter before it. Seeding moves every reading by whole quarters
 * so that stays true on whatever day the demo is seeded.
 */
const AUTHORED_QUARTER = "2026-10-01";

/** Moves a date by whole months; the last day of a month stays the last day (30 June → 30 September → 31 December). */
function shiftDate(isoDate: string, months: number): string {
  const nextDay = addDays(isoDate, 1);
  if (nextDay.endsWith("-01")) return addDays(addMonths(nextDay, months), -1);
  return addMonths(isoDate, months);
}

/** A reading's date as it is stored when the demo is seeded on `today`. */
export function demoReadingDate(authored: string, today: string): string {
  return shiftDate(authored, monthsBetween(AUTHORED_QUARTER, quarterStart(today)));
}
