// Computed fields of a moment of truth (docs/scoring.md section 2). The score uses
// gap() through w_k; the hot-spot view uses the rest.

export interface MomentRating {
  importance: number;
  performance: number;
}

/** importance × (6 − performance) / 25, in [0.04, 1]: big when it matters and we do it badly. */
export function gap(m: MomentRating): number {
  return (m.importance * (6 - m.performance)) / 25;
}

/** round(100 × gap), 4..100. */
export function hotSpotScore(m: MomentRating): number {
  return Math.round(100 * gap(m));
}

/** Yearly money spent on the moment: volumePerYear × costPerInteraction. */
export function annualCost(m: { volumePerYear: number; costPerInteraction: number }): number {
  return m.volumePerYear * m.costPerInteraction;
}

/** Important to the customer (>= 4) and done badly (<= 2). */
export function isHotSpot(m: MomentRating): boolean {
  return m.importance >= 4 && m.performance <= 2;
}
