/**
 * How far the latest actual has moved from baseline toward target, in percent:
 * (latest − baseline) / (target − baseline) × 100, clamped to [−100, 100].
 * Negative when it moved the wrong way; the sign of (target − baseline) carries
 * the direction, so lower-is-better measures need no special case. null when
 * there is nothing to measure against.
 */
export function measureProgress(m: { baseline: number | null; target: number | null }, latest: number | null): number | null {
  if (m.baseline === null || m.target === null || latest === null || m.target === m.baseline) return null;
  const raw = ((latest - m.baseline) / (m.target - m.baseline)) * 100;
  return Math.min(100, Math.max(-100, raw));
}

export const OUTPUT_MEASURE_MESSAGE = "measures activity, not the customer's outcome";

/** A target on the wrong side of the baseline for the measure's direction; null when consistent. */
export function directionProblem(m: {
  direction: "higher_is_better" | "lower_is_better";
  baseline: number | null;
  target: number | null;
}): string | null {
  if (m.baseline === null || m.target === null || m.target === m.baseline) return null;
  if (m.direction === "higher_is_better" && m.target < m.baseline) {
    return "Higher is better, so the target should be above the baseline (or change the direction)";
  }
  if (m.direction === "lower_is_better" && m.target > m.baseline) {
    return "Lower is better, so the target should be below the baseline (or change the direction)";
  }
  return null;
}
