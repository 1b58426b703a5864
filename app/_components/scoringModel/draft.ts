import { modelFields, type ModelFields } from "@/server/domain/scoringModel/schemas";
import { parseNumber } from "@/server/format/parse-number";
import { numberText } from "../ui/typed-number";
import type { Weights } from "./rebalance";

/** The form's state: numbers being typed stay text until they parse. Rates are entered as percentages. */
export type Draft = {
  weights: Weights;
  materialCost: string;
  materialRevenue: string;
  marginPercent: string;
  discountPercent: string;
  horizonYears: string;
  crownThreshold: string;
  confidenceFromEvidence: boolean;
};

export function toDraft(m: ModelFields): Draft {
  return {
    weights: { ...m.weights },
    materialCost: numberText(m.materialAmount.cost),
    materialRevenue: numberText(m.materialAmount.revenue),
    marginPercent: numberText(round(m.revenueMargin * 100)),
    discountPercent: numberText(round(m.discountRate * 100)),
    horizonYears: numberText(m.horizonYears),
    crownThreshold: numberText(m.crownThreshold ?? 0.5),
    confidenceFromEvidence: m.confidenceFromEvidence ?? false,
  };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/**
 * The model the draft describes, checked by the same rules as the server; errors keyed by field. Typed
 * numbers are read by the app's one rule ("10,000" is ten thousand); one it cannot read carries the
 * parser's message, never a NaN the schema would describe as "expected number".
 */
export function parseDraft(d: Draft): { model: ModelFields | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const num = (key: string, text: string) => {
    const parsed = parseNumber(text);
    if (!parsed.ok) errors[key] = parsed.message;
    else if (parsed.value === null) errors[key] = "Enter a number, e.g. 12,000 or 12.5.";
    return parsed.ok && parsed.value !== null ? parsed.value : Number.NaN;
  };
  const candidate = {
    weights: d.weights,
    materialAmount: { cost: num("materialAmount.cost", d.materialCost), revenue: num("materialAmount.revenue", d.materialRevenue) },
    revenueMargin: num("revenueMargin", d.marginPercent) / 100,
    discountRate: num("discountRate", d.discountPercent) / 100,
    horizonYears: num("horizonYears", d.horizonYears),
    crownThreshold: num("crownThreshold", d.crownThreshold),
    confidenceFromEvidence: d.confidenceFromEvidence,
  };
  const parsed = modelFields.safeParse(candidate);
  if (parsed.success && !Object.keys(errors).length) return { model: parsed.data, errors: {} };
  if (parsed.success) return { model: null, errors };
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "weights";
    const message = issue.message.replace(/between 0 and 1$/, "between 0 and 100%");
    errors[key] ??= message;
  }
  return { model: null, errors };
}

export function sameModel(a: ModelFields, b: ModelFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
