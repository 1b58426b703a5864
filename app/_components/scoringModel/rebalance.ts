export type Weights = { experience: number; cost: number; revenue: number };
export type CrownKey = keyof Weights;
export const CROWN_KEYS: readonly CrownKey[] = ["experience", "cost", "revenue"];

/**
 * Sets one crown's weight and shares what is left of 100 between the other
 * two in proportion to their current weights (equally when both are 0), as
 * whole numbers: the sum stays exactly 100.
 */
export function rebalance(weights: Weights, crown: CrownKey, value: number): Weights {
  const own = Math.max(0, Math.min(100, Math.round(Number.isFinite(value) ? value : 0)));
  const [a, b] = CROWN_KEYS.filter((c) => c !== crown) as [CrownKey, CrownKey];
  const rest = 100 - own;
  const together = weights[a] + weights[b];
  const first = together === 0 ? Math.ceil(rest / 2) : Math.round((rest * weights[a]) / together);
  return { ...weights, [crown]: own, [a]: first, [b]: rest - first };
}
