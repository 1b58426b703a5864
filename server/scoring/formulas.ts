// The formulas of docs/scoring.md section 3, written once. Scoring, sensitivity and
// Monte Carlo all call these so they give bit-identical numbers for the same
// inputs (e.g. a simulation with low = likely = high reproduces valueScore exactly).

export function clamp10(x: number): number {
  return x < -10 ? -10 : x > 10 ? 10 : x;
}

/** 10 × amount / materialAmount, before clamping (cost and revenue crowns). */
export function moneyScoreUnclamped(amount: number, materialAmount: number): number {
  return (10 * amount) / materialAmount;
}

/** (effect / 3) × w_k × categoryFactor. */
export function linkContribution(effect: number, w: number, categoryFactor: number): number {
  return (effect / 3) * w * categoryFactor;
}

/** B = (wE × sE + wC × sC + wR × sR) / 100. */
export function benefit(wE: number, sE: number, wC: number, sC: number, wR: number, sR: number): number {
  return (wE * sE + wC * sC + wR * sR) / 100;
}

/** valueScore = 10 × confidence × B. */
export function valueScore(confidence: number, b: number): number {
  return 10 * confidence * b;
}

/** The weighted part of one crown: confidence × weight × score / 10. */
export function crownPart(confidence: number, weight: number, score: number): number {
  return (confidence * weight * score) / 10;
}

/** Σ_{y=1..H} 1 / (1 + r)^y, the present value of 1 a year for H years. */
export function discountFactors(discountRate: number, horizonYears: number): Float64Array {
  const f = new Float64Array(horizonYears);
  for (let y = 1; y <= horizonYears; y++) f[y - 1] = Math.pow(1 + discountRate, y);
  return f;
}

/** −investment + Σ_y netAnnualBenefit / (1 + r)^y, with (1 + r)^y precomputed. */
export function npv(investment: number, netAnnualBenefit: number, powers: Float64Array): number {
  let sum = 0;
  for (let y = 0; y < powers.length; y++) sum += netAnnualBenefit / powers[y]!;
  return -investment + sum;
}

/** investment / netAnnualBenefit when it pays back at all (0 when nothing is invested). */
export function paybackYears(investment: number, netAnnualBenefit: number): number | null {
  return netAnnualBenefit > 0 ? investment / netAnnualBenefit : null;
}
