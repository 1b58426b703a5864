// Estimate calibration (docs/scoring.md §10.2): how much of what was planned
// done work actually delivered, per department and overall, and estimates
// scaled by it. Pure: the domain loads the rows and passes them in.
import type { Estimate, PortfolioInput } from "../types";

/** The two money crowns an estimate is made for. */
export type MoneyCrown = "cost" | "revenue";
export const MONEY_CROWNS: readonly MoneyCrown[] = ["cost", "revenue"];

/** A calibrated value is offered only when the ratio rests on at least this many initiatives. */
export const MIN_CALIBRATION_BASIS = 3;

/** One period's recorded result, with the period's length in years (periodYears). */
export interface RecordedResult {
  years: number;
  costReduction: number;
  revenueGrowth: number;
}

/** A done initiative: its yearly likely estimates and the results recorded for it. */
export interface DeliveredInitiative {
  id: string;
  /** "" when it has none: it still counts in the overall ratio. */
  department: string;
  costLikely: number;
  revenueLikely: number;
  results: readonly RecordedResult[];
}

export interface Realisation {
  /** Σ sign(Pᵢ)·Aᵢ / Σ |Pᵢ|: realised as a share of planned; null when no initiative counts. */
  ratio: number | null;
  /** How many initiatives the ratio rests on. */
  initiatives: number;
  /** Σ Pᵢ: planned over the periods recorded. */
  planned: number;
  /** Σ Aᵢ: realised over the same periods. */
  realised: number;
}

export type CrownRealisation = Record<MoneyCrown, Realisation>;

export interface Calibration {
  overall: CrownRealisation;
  /** By department name ("" for none), sorted by name. */
  departments: { department: string; realisation: CrownRealisation }[];
}

/** Where a calibration factor came from: the initiative's own department, or the whole workspace when that rests on too few. */
export type FactorSource = "department" | "workspace";
export interface Factor {
  ratio: number;
  source: FactorSource;
  initiatives: number;
}

const likelyOf = (i: DeliveredInitiative, crown: MoneyCrown) => (crown === "cost" ? i.costLikely : i.revenueLikely);
const realisedOf = (r: RecordedResult, crown: MoneyCrown) => (crown === "cost" ? r.costReduction : r.revenueGrowth);

/**
 * The realisation of one crown over a set of done initiatives. An initiative
 * counts when it has at least one recorded result and a likely estimate other
 * than 0 for that crown. Pᵢ = likely × Σ years of its recorded periods,
 * Aᵢ = Σ realised. The ratio is the average of the initiatives' Aᵢ / Pᵢ
 * weighted by |Pᵢ|, which is Σ sign(Pᵢ)·Aᵢ / Σ |Pᵢ|: big plans weigh more, a
 * plan near 0 cannot blow the ratio up, and a negative estimate delivered
 * exactly (a cost increase as large as planned) counts as 100 %.
 */
export function realisation(initiatives: readonly DeliveredInitiative[], crown: MoneyCrown): Realisation {
  let signed = 0;
  let size = 0;
  let planned = 0;
  let realised = 0;
  let count = 0;
  for (const i of initiatives) {
    const likely = likelyOf(i, crown);
    if (likely === 0 || i.results.length === 0) continue;
    let years = 0;
    let actual = 0;
    for (const r of i.results) {
      years += r.years;
      actual += realisedOf(r, crown);
    }
    const p = likely * years;
    if (p === 0) continue;
    count++;
    signed += Math.sign(p) * actual;
    size += Math.abs(p);
    planned += p;
    realised += actual;
  }
  return { ratio: count === 0 ? null : signed / size, initiatives: count, planned, realised };
}

const crownRealisation = (initiatives: readonly DeliveredInitiative[]): CrownRealisation => ({
  cost: realisation(initiatives, "cost"),
  revenue: realisation(initiatives, "revenue"),
});

/** Realisation of the cost and revenue estimates overall and per department. */
export function calibrate(initiatives: readonly DeliveredInitiative[]): Calibration {
  const byDepartment = new Map<string, DeliveredInitiative[]>();
  for (const i of initiatives) (byDepartment.get(i.department) ?? byDepartment.set(i.department, []).get(i.department)!).push(i);
  return {
    overall: crownRealisation(initiatives),
    departments: [...byDepartment.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((department) => ({ department, realisation: crownRealisation(byDepartment.get(department)!) })),
  };
}

/**
 * The factor an open initiative's estimate of one crown is calibrated with:
 * its department's ratio when that rests on at least MIN_CALIBRATION_BASIS
 * initiatives, else the workspace's when that does, else none.
 */
export function factorFor(calibration: Calibration, department: string, crown: MoneyCrown): Factor | null {
  const own = calibration.departments.find((d) => d.department === department)?.realisation[crown];
  if (own && own.ratio !== null && own.initiatives >= MIN_CALIBRATION_BASIS) {
    return { ratio: own.ratio, source: "department", initiatives: own.initiatives };
  }
  const all = calibration.overall[crown];
  if (all.ratio !== null && all.initiatives >= MIN_CALIBRATION_BASIS) {
    return { ratio: all.ratio, source: "workspace", initiatives: all.initiatives };
  }
  return null;
}

/** An estimate scaled by a factor; a negative factor turns it over, so low <= likely <= high still holds. */
export function scaleEstimate(e: Estimate, factor: number): Estimate {
  const low = e.low * factor;
  const likely = e.likely * factor;
  const high = e.high * factor;
  return factor >= 0 ? { low, likely, high } : { low: high, likely, high: low };
}

/** Both crowns' factors of a department (factorFor), worked out once per department however often asked. */
export function departmentFactors(calibration: Calibration): (department: string) => { cost: Factor | null; revenue: Factor | null } {
  const known = new Map<string, { cost: Factor | null; revenue: Factor | null }>();
  return (department) => {
    let f = known.get(department);
    if (!f) {
      f = { cost: factorFor(calibration, department, "cost"), revenue: factorFor(calibration, department, "revenue") };
      known.set(department, f);
    }
    return f;
  };
}

/**
 * The portfolio with every open initiative's money estimates calibrated by
 * its department's factors (unchanged where there is none). Done and
 * cancelled work keeps its estimates: it is not ranked.
 */
export function calibratePortfolio(input: PortfolioInput, departmentOf: (id: string) => string, calibration: Calibration): PortfolioInput {
  const factorsOf = departmentFactors(calibration);
  return {
    ...input,
    initiatives: input.initiatives.map((i) => {
      if (i.status === "done" || i.status === "cancelled") return i;
      const f = factorsOf(departmentOf(i.id));
      if (!f.cost && !f.revenue) return i;
      return {
        ...i,
        costReduction: f.cost ? scaleEstimate(i.costReduction, f.cost.ratio) : i.costReduction,
        revenueGrowth: f.revenue ? scaleEstimate(i.revenueGrowth, f.revenue.ratio) : i.revenueGrowth,
      };
    }),
  };
}
