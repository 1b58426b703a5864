import type { ConfidenceSource } from "@/server/scoring/outcomes/evidence";
import { formatNumber } from "../ui/format";
import { CONFIDENCE_OPTIONS } from "./labels";

/**
 * Which confidence scored, said the same way on the initiative page and in
 * the scorecard's breakdown: "Confidence 0.72 from 4 assumptions and risks
 * (evidence)" or "Confidence Medium (0.8), picked by hand".
 */
export function confidenceText(c: { confidence: number; source: ConfidenceSource; assumptions: number }): string {
  if (c.source === "evidence") {
    const what = c.assumptions === 1 ? "1 assumption or risk" : `${c.assumptions} assumptions and risks`;
    return `Confidence ${formatNumber(c.confidence, 2)} from ${what} (evidence)`;
  }
  const number = formatNumber(c.confidence, 2);
  const named = CONFIDENCE_OPTIONS.find((o) => o.value === c.confidence);
  return named ? `Confidence ${named.label} (${number}), picked by hand` : `Confidence ${number}, picked by hand`;
}
