// Evidence-weighted confidence (docs/scoring.md §10.4): the confidence an
// initiative's assumptions and risks support, on the same 0..1 scale as the
// hand-picked High 1.0 / Medium 0.8 / Low 0.5.

/** What a validated or invalidated assumption rests on, weakest first (the database column takes its values from here). */
export const EVIDENCE_KINDS = ["opinion", "data", "test", "launch"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_STRENGTH: Readonly<Record<EvidenceKind, number>> = { opinion: 0.25, data: 0.5, test: 0.75, launch: 1 };
export type AssumptionState = "untested" | "validated" | "invalidated";

/** The lowest confidence evidence can give: the engine needs a confidence above 0. */
export const MIN_EVIDENCE_CONFIDENCE = 0.1;
/** A critical assumption weighs this many ordinary ones. */
export const CRITICAL_WEIGHT = 2;

export interface EvidencedAssumption {
  status: AssumptionState;
  evidence: EvidenceKind;
  critical: boolean;
}

export type ConfidenceSource = "evidence" | "hand";
export interface ConfidenceChoice {
  confidence: number;
  source: ConfidenceSource;
  /** How many assumptions and risks it rests on (0 for the hand-picked value). */
  assumptions: number;
}

/** What one assumption says: 0.5 untested, moved towards 1 (validated) or 0 (invalidated) by its evidence's strength. */
export function assumptionSupport(a: EvidencedAssumption): number {
  if (a.status === "untested") return 0.5;
  const s = EVIDENCE_STRENGTH[a.evidence];
  return a.status === "validated" ? 0.5 + 0.5 * s : 0.5 - 0.5 * s;
}

/** max(0.1, weighted mean of assumptionSupport), critical ones counting twice; null without assumptions. */
export function evidenceConfidence(assumptions: readonly EvidencedAssumption[]): number | null {
  if (assumptions.length === 0) return null;
  let sum = 0;
  let weight = 0;
  for (const a of assumptions) {
    const w = a.critical ? CRITICAL_WEIGHT : 1;
    sum += w * assumptionSupport(a);
    weight += w;
  }
  return Math.max(MIN_EVIDENCE_CONFIDENCE, sum / weight);
}

/**
 * The confidence the engine scores with: from the evidence when the model
 * asks for it and the initiative has assumptions or risks, else the one a
 * person picked.
 */
export function chooseConfidence(handPicked: number, fromEvidence: boolean, assumptions: readonly EvidencedAssumption[]): ConfidenceChoice {
  const evidence = fromEvidence ? evidenceConfidence(assumptions) : null;
  return evidence === null
    ? { confidence: handPicked, source: "hand", assumptions: 0 }
    : { confidence: evidence, source: "evidence", assumptions: assumptions.length };
}
