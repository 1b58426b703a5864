import { modelFields, type ModelFields } from "@/server/domain/scoringModel/schemas";
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
};

export function toDraft(m: ModelFields): Draft {
  return {
    weights: { ...m.weights },
    materialCost: String(m.materialAmount.cost),
    materialRevenue: String(m.materialAmount.revenue),
    marginPercent: String(round(m.revenueMargin * 100)),
    discountPercent: String(round(m.discountRate * 100)),
    horizonYears: String(m.horizonYears),
    crownThreshold: String(m.crownThreshold ?? 0.5),
  };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));

/** The model the draft describes, checked by the same rules as the server; errors keyed by field. */
export function parseDraft(d: Draft): { model: ModelFields | null; errors: Record<string, string> } {
  const candidate = {
    weights: d.weights,
    materialAmount: { cost: num(d.materialCost), revenue: num(d.materialRevenue) },
    revenueMargin: num(d.marginPercent) / 100,
    discountRate: num(d.discountPercent) / 100,
    horizonYears: num(d.horizonYears),
    crownThreshold: num(d.crownThreshold),
  };
  const parsed = modelFields.safeParse(candidate);
  if (parsed.success) return { model: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
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
