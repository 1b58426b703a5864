import { today } from "../shared/clock";
import { currentPeriodIndex, latestEndedPeriod, type DatedPeriod } from "./current";

/**
 * Where today falls in a workspace's plan, by the server's clock: what every
 * planning call and every view that defaults to a period reads.
 * - currentPeriod: the index of the period containing today (-1 before the
 *   first, the number of periods after the last);
 * - latestEndedPeriod: the last period that has ended, or null;
 * - pastTheEnd: today is after the last period (the plan needs new periods).
 */
export function planCalendar(periods: readonly DatedPeriod[], day: string = today()) {
  const currentPeriod = currentPeriodIndex(periods, day);
  return {
    today: day,
    currentPeriod,
    latestEndedPeriod: latestEndedPeriod(periods, day),
    pastTheEnd: periods.length > 0 && currentPeriod >= periods.length,
  };
}
