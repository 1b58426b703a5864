import { addMonths, quarterLabel, quarterStart } from "@/server/domain/period/quarters";

/** Capacity of the demo's eight quarters, in person-weeks. */
export const DEMO_PERIOD_CAPACITIES = [45, 50, 55, 50, 60, 55, 50, 40] as const;

/** The quarter the demo is seeded in is this index of its eight: two quarters of history come before it. */
const DEMO_CURRENT_INDEX = 2;


/**
 * Eight quarters starting two quarters before the one containing `today`, so
 * the demo is a live plan on whatever day it is seeded: two quarters of
 * history, the current one, five ahead.
 */
export function demoPeriods(today: string): { label: string; startDate: string; capacity: number }[] {
  const first = addMonths(quarterStart(today), -3 * DEMO_CURRENT_INDEX);
  return DEMO_PERIOD_CAPACITIES.map((capacity, k) => {
    const startDate = addMonths(first, 3 * k);
    return { label: quarterLabel(startDate), startDate, capacity };
  });
}
