import { formatNumber } from "@/server/format/figures";

type PeriodInfo = { label: string; capacity: number };
type ScenarioChanges = {
  capacities: readonly { periodId: string; capacity: number }[];
  forceInCount: number;
  forceOutCount: number;
  scoringModelNumber: number | null;
};

/** Capacity changes named one by one before the rest are counted: a list row stays one line. */
const NAMED_CAPACITIES = 3;

/**
 * What a scenario changes, in one line: "Q3 2026 capacity 40 → 60; 2 forced
 * in; model v3". Periods come in the plan's order (as the API sends them);
 * an override equal to the period's own capacity still shows, since the
 * period may change later and the scenario keeps its number.
 */
export function scenarioSummary(s: ScenarioChanges, periods: ReadonlyMap<string, PeriodInfo>): string {
  const parts: string[] = [];
  const known = s.capacities.filter((c) => periods.has(c.periodId));
  for (const c of known.slice(0, NAMED_CAPACITIES)) {
    const p = periods.get(c.periodId)!;
    parts.push(`${p.label} capacity ${formatNumber(p.capacity, 2)} → ${formatNumber(c.capacity, 2)}`);
  }
  const more = known.length - NAMED_CAPACITIES;
  if (more > 0) parts.push(`capacity of ${more} more ${more === 1 ? "period" : "periods"}`);
  if (s.forceInCount > 0) parts.push(`${s.forceInCount} forced in`);
  if (s.forceOutCount > 0) parts.push(`${s.forceOutCount} forced out`);
  if (s.scoringModelNumber !== null) parts.push(`model v${s.scoringModelNumber}`);
  return parts.length ? parts.join("; ") : "No changes yet: plans exactly as the workspace stands";
}
