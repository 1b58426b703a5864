import { updateInitiativeInput } from "@/server/domain/initiatives/schemas";
import type { InitiativeDetail } from "../canvas/router-outputs";
import { parseNumber, zodFieldErrors } from "../categories/zod-errors";

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

const estimate = (e: EstimateText) => ({ low: parseNumber(e.low), likely: parseNumber(e.likely), high: parseNumber(e.high) });

/** The update the API takes, checked with the API's own schema; field errors keyed like the API's. */
export function parseDraft(d: Draft) {
  const parsed = updateInitiativeInput.safeParse({
    id: "draft",
    version: 1,
    title: d.title,
    problem: d.problem,
    ownerId: d.ownerId || null,
    department: d.department,
    costReduction: estimate(d.costReduction),
    revenueGrowth: estimate(d.revenueGrowth),
    investment: parseNumber(d.investment),
    effort: parseNumber(d.effort),
    durationPeriods: parseNumber(d.durationPeriods),
    confidence: d.confidence,
  });
  if (!parsed.success) return { ok: false as const, errors: zodFieldErrors(parsed.error) };
  const { id: _id, version: _version, ...values } = parsed.data;
  return { ok: true as const, values, errors: {} as Record<string, string[]> };
}
