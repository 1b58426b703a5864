import type { UpdateInitiativeInput } from "@/server/domain/initiatives/schemas";
import type { InitiativeDetail } from "../canvas/router-outputs";
import { numberText, readNumbers } from "../ui/typed-number";

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

/** Numbers are edited as the app shows them ("20,000"), which the one parser reads back. */
const text = (n: number) => numberText(n);

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
  const texts = {
    "costReduction.low": d.costReduction.low,
    "costReduction.likely": d.costReduction.likely,
    "costReduction.high": d.costReduction.high,
    "revenueGrowth.low": d.revenueGrowth.low,
    "revenueGrowth.likely": d.revenueGrowth.likely,
    "revenueGrowth.high": d.revenueGrowth.high,
    investment: d.investment,
    effort: d.effort,
    durationPeriods: d.durationPeriods,
  };
  const read = readNumbers(texts, Object.keys(texts) as (keyof typeof texts)[]);
  if (!read.ok) return { ok: false, errors: read.errors };
  const v = read.values as Record<keyof typeof texts, number>;
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
