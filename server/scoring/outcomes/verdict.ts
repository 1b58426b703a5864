// Did a done initiative move the measure it expected to move?
// (docs/scoring.md §10.3). Pure: dates are ISO YYYY-MM-DD strings, which
// compare correctly as text.

export const MEASURE_VERDICTS = ["delivered", "partly", "not_yet", "not_measured"] as const;
export type MeasureVerdict = (typeof MEASURE_VERDICTS)[number];

/** At least this share of the expected change counts as delivered. */
export const DELIVERED_SHARE = 0.9;
/** At least this share (and less than DELIVERED_SHARE) is partly delivered. */
export const PARTLY_SHARE = 0.25;

export interface Reading {
  date: string;
  value: number;
}

export interface VerdictInput {
  /** Signed, in the measure's unit; never 0. */
  expectedChange: number;
  /** The measure's baseline: the "before" value when no reading precedes the finish period. */
  baseline: number | null;
  /** Every reading of the measure, in any order. */
  readings: readonly Reading[];
  /** First and last day of the period the initiative finished in. */
  finishStart: string;
  finishEnd: string;
}

export interface VerdictResult {
  verdict: MeasureVerdict;
  /** The last reading before the finish period (or the baseline, dated null). */
  before: { date: string | null; value: number } | null;
  /** The last reading after the finish period. */
  after: Reading | null;
  /** after − before, or null when either is missing. */
  observed: number | null;
  /** observed / expectedChange, or null. */
  achieved: number | null;
}

/**
 * Reads a measure against an expectation: `before` is the last reading dated
 * before the finish period starts (else the baseline), `after` the last dated
 * after it ends. Without both, the verdict is "not measured". Otherwise the
 * share achieved = (after − before) / expectedChange decides: ≥ 90 %
 * delivered, ≥ 25 % partly, else (including a move the wrong way) not yet.
 */
export function measureVerdict(input: VerdictInput): VerdictResult {
  if (!Number.isFinite(input.expectedChange) || input.expectedChange === 0) {
    throw new RangeError("expectedChange must be a number other than 0");
  }
  let before: VerdictResult["before"] = null;
  let after: Reading | null = null;
  for (const r of input.readings) {
    if (r.date < input.finishStart && (!before || before.date === null || r.date >= before.date)) before = r;
    if (r.date > input.finishEnd && (!after || r.date >= after.date)) after = r;
  }
  if (!before && input.baseline !== null) before = { date: null, value: input.baseline };
  if (!before || !after) return { verdict: "not_measured", before, after, observed: null, achieved: null };
  const observed = after.value - before.value;
  const achieved = observed / input.expectedChange;
  const verdict = achieved >= DELIVERED_SHARE ? "delivered" : achieved >= PARTLY_SHARE ? "partly" : "not_yet";
  return { verdict, before, after, observed, achieved };
}
