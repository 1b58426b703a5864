import type { UpdateInitiativeInput } from "@/server/domain/initiatives/schemas";
import type { InitiativeDetail } from "../canvas/router-outputs";
import { numberErrors, parseNumber } from "../categories/parse-number";

type EstimateText = { low: string; likely: string; high: string };

/** What the editor holds: numbers as typed (so "1 2" or "" can be shown and refused), parsed on the way out. */
export type Draft = {
  title: string;
  problem: string;
  ownerId: string;
  department: string;
  costReduction: EstimateText;
  revenueGrowth: EstimateText;
  investment: string;
  effort: string;
  durationPeriods: string;
  confidence: number;
};

export type DraftValues = Required<Omit<UpdateInitiativeInput, "id" | "version" | "status" | "startPeriod" | "pinnedPeriod" | "progress">>;

const text = (n: number) => String(n);

export function draftOf(i: InitiativeDetail): Draft {
  return {
    title: i.title,
    problem: i.problem,
    ownerId: i.ownerId ?? "",
    department: i.department,
    costReduction: { low: text(i.costReduction.low), likely: text(i.costReduction.likely), high: text(i.costReduction.high) },
    revenueGrowth: { low: text(i.revenueGrowth.low), likely: text(i.revenueGrowth.likely), high: text(i.revenueGrowth.high) },
    investment: text(i.investment),
    effort: text(i.effort),
    durationPeriods: text(i.durationPeriods),
    confidence: i.confidence,
  };
}

/**
 * The update the API takes. Only "is it a number at all" is checked here; the
 * API checks the rest (ranges, low ≤ likely ≤ high) with its schema and sends
 * field errors keyed the same way ("costReduction.low").
 */
export function parseDraft(d: Draft): { ok: true; values: DraftValues; errors: Record<string, string[]> } | { ok: false; errors: Record<string, string[]> } {
  const n = {
    "costReduction.low": parseNumber(d.costReduction.low),
    "costReduction.likely": parseNumber(d.costReduction.likely),
    "costReduction.high": parseNumber(d.costReduction.high),
    "revenueGrowth.low": parseNumber(d.revenueGrowth.low),
    "revenueGrowth.likely": parseNumber(d.revenueGrowth.likely),
    "revenueGrowth.high": parseNumber(d.revenueGrowth.high),
    investment: parseNumber(d.investment),
    effort: parseNumber(d.effort),
    durationPeriods: parseNumber(d.durationPeriods),
  };
  const errors = numberErrors(n, Object.keys(n));
  if (Object.keys(errors).length) return { ok: false, errors };
  const v = n as Record<keyof typeof n, number>;
  return {
    ok: true,
    errors: {},
    values: {
      title: d.title,
      problem: d.problem,
      ownerId: d.ownerId || null,
      department: d.department,
      costReduction: { low: v["costReduction.low"], likely: v["costReduction.likely"], high: v["costReduction.high"] },
      revenueGrowth: { low: v["revenueGrowth.low"], likely: v["revenueGrowth.likely"], high: v["revenueGrowth.high"] },
      investment: v.investment,
      effort: v.effort,
      durationPeriods: v.durationPeriods,
      confidence: d.confidence,
    },
  };
}
