// The outcome loop's arithmetic (docs/scoring.md §10): period lengths,
// estimate calibration, measure verdicts and evidence-weighted confidence.
export { periodYears } from "./period-years";
export {
  MONEY_CROWNS,
  MIN_CALIBRATION_BASIS,
  realisation,
  calibrate,
  factorFor,
  scaleEstimate,
  calibratePortfolio,
  type MoneyCrown,
  type RecordedResult,
  type DeliveredInitiative,
  type Realisation,
  type CrownRealisation,
  type Calibration,
  type Factor,
  type FactorSource,
} from "./calibration";
export {
  MEASURE_VERDICTS,
  DELIVERED_SHARE,
  PARTLY_SHARE,
  measureVerdict,
  type MeasureVerdict,
  type Reading,
  type VerdictInput,
  type VerdictResult,
} from "./verdict";
export {
  EVIDENCE_KINDS,
  EVIDENCE_STRENGTH,
  MIN_EVIDENCE_CONFIDENCE,
  CRITICAL_WEIGHT,
  assumptionSupport,
  evidenceConfidence,
  chooseConfidence,
  type EvidenceKind,
  type AssumptionState,
  type EvidencedAssumption,
  type ConfidenceSource,
  type ConfidenceChoice,
} from "./evidence";
