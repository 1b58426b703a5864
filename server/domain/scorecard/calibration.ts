import {
  calibrate,
  calibratePortfolio,
  departmentFactors,
  rankPortfolio,
  type Calibration,
  type DeliveredInitiative,
  type Factor,
} from "@/server/scoring";
import type { LoadedPortfolio } from "./portfolio";

/**
 * What an open initiative would score if its money estimates were scaled by
 * how much its department's done work realised (docs/scoring.md §10.2).
 * Shown beside the estimated value, never instead of it.
 */
export type CalibratedValue = {
  valueScore: number;
  /** Its rank when every open initiative is calibrated the same way. */
  rank: number | null;
  costLikely: number;
  revenueLikely: number;
  /** The factor the cost estimate was scaled by, and where it came from; null when none applies. */
  cost: Factor | null;
  revenue: Factor | null;
};

export type ScorecardCalibration = {
  calibration: Calibration;
  /**
   * By initiative id, open initiatives with at least one factor; read it with
   * calibratedValueOf. A plain object, not a Map, so the whole scorecard
   * (scorecard.get, the print path) still travels as JSON.
   */
  calibrated: Readonly<Record<string, CalibratedValue>>;
};

/** An open initiative's calibrated value, or null when no factor applies. */
export function calibratedValueOf(c: ScorecardCalibration, id: string): CalibratedValue | null {
  return Object.hasOwn(c.calibrated, id) ? c.calibrated[id]! : null;
}

/** Done initiatives with their yearly likely estimates and recorded results, as `calibrate` reads them. */
export function deliveredInitiatives(loaded: LoadedPortfolio): DeliveredInitiative[] {
  return loaded.input.initiatives
    .filter((i) => i.status === "done")
    .map((i) => ({
      id: i.id,
      department: loaded.display.get(i.id)?.department ?? "",
      costLikely: i.costReduction.likely,
      revenueLikely: i.revenueGrowth.likely,
      results: (loaded.results.get(i.id) ?? []).map((r) => ({
        years: r.years,
        costReduction: r.costReduction,
        revenueGrowth: r.revenueGrowth,
      })),
    }));
}

/**
 * The workspace's calibration and the calibrated value of every open
 * initiative a factor applies to. The engine ranks the calibrated portfolio
 * once more only when some factor applies, so a workspace without enough
 * done work pays nothing for it.
 */
export function calibrationOf(loaded: LoadedPortfolio): ScorecardCalibration {
  const calibration = calibrate(deliveredInitiatives(loaded));
  const departmentOf = (id: string) => loaded.display.get(id)?.department ?? "";
  const factorsOf = departmentFactors(calibration);
  const applies = loaded.input.initiatives.filter((i) => {
    if (i.status === "done" || i.status === "cancelled") return false;
    const f = factorsOf(departmentOf(i.id));
    return f.cost !== null || f.revenue !== null;
  });
  const calibrated: Record<string, CalibratedValue> = {};
  if (applies.length === 0) return { calibration, calibrated };

  const input = calibratePortfolio(loaded.input, departmentOf, calibration);
  const scaled = new Map(input.initiatives.map((i) => [i.id, i]));
  const ranked = new Map(rankPortfolio(input).map((r) => [r.id, r]));
  for (const i of applies) {
    const f = factorsOf(departmentOf(i.id));
    const s = scaled.get(i.id)!;
    const r = ranked.get(i.id)!;
    calibrated[i.id] = {
      valueScore: r.valueScore,
      rank: r.rank,
      costLikely: s.costReduction.likely,
      revenueLikely: s.revenueGrowth.likely,
      cost: f.cost,
      revenue: f.revenue,
    };
  }
  return { calibration, calibrated };
}
