import { asc, eq } from "drizzle-orm";
import { categories } from "@/db/schema";
import { MIN_CALIBRATION_BASIS, periodYears, type MeasureVerdict } from "@/server/scoring";
import { measureOutcomes, type MeasureOutcome } from "../initiative/measure-outcomes";
import type { DbOrTx } from "../shared/context";
import type { Scorecard } from "./compute";
import type { LoadedPortfolio } from "./portfolio";

/**
 * Benefits realisation (issue 20): for delivered work, what each period
 * since delivery was planned to bring (the likely yearly estimate × the
 * period's length in years) against what was recorded, per initiative,
 * department, category and in total; the experience effect as counts of
 * measure verdicts; and how each department's estimates have realised.
 */

/** Initiatives listed one by one (the biggest plans first); the groups and totals count every one. */
export const BENEFITS_LISTED = 200;

export type Money = { cost: number; revenue: number };
export type VerdictCounts = Record<MeasureVerdict, number>;

export type BenefitPeriod = {
  periodId: string;
  index: number;
  label: string;
  planned: Money;
  /** null: nothing was recorded for the period. */
  realised: Money | null;
};

/** Sums over an initiative's periods since delivery (or its first recorded result). */
export type BenefitSums = {
  /** Over every period shown, recorded or not. */
  planned: Money;
  /** Over the periods with a recorded result only: what `realised` is fairly compared with. */
  plannedRecorded: Money;
  realised: Money;
  periodsRecorded: number;
  periodsNotRecorded: number;
  verdicts: VerdictCounts;
};

export type BenefitInitiative = BenefitSums & {
  id: string;
  title: string;
  department: string;
  status: "done" | "in_progress";
  /** Names of the categories whose moments it improves. */
  categories: string[];
  periods: BenefitPeriod[];
};

export type BenefitGroup = BenefitSums & { name: string; initiatives: number };

const zeroMoney = (): Money => ({ cost: 0, revenue: 0 });
const zeroVerdicts = (): VerdictCounts => ({ delivered: 0, partly: 0, not_yet: 0, not_measured: 0 });
const zeroSums = (): BenefitSums => ({
  planned: zeroMoney(),
  plannedRecorded: zeroMoney(),
  realised: zeroMoney(),
  periodsRecorded: 0,
  periodsNotRecorded: 0,
  verdicts: zeroVerdicts(),
});

function addMoney(to: Money, m: Money) {
  to.cost += m.cost;
  to.revenue += m.revenue;
}

function addSums(to: BenefitSums, s: BenefitSums) {
  addMoney(to.planned, s.planned);
  addMoney(to.plannedRecorded, s.plannedRecorded);
  addMoney(to.realised, s.realised);
  to.periodsRecorded += s.periodsRecorded;
  to.periodsNotRecorded += s.periodsNotRecorded;
  for (const v of Object.keys(to.verdicts) as MeasureVerdict[]) to.verdicts[v] += s.verdicts[v];
}

/** A category name an initiative that improves no moment is grouped under. */
export const NO_CATEGORY = "Improves no moment";

/**
 * The benefits of delivered work from the cached scorecard, the measure
 * verdicts and the category names. Pure: `benefitsRead` loads the rest.
 * Which periods an initiative shows: from the earlier of its first recorded
 * result and the period after the one it finished in, up to the latest
 * period that has ended (or a later one with a recorded result). Done work
 * is always listed; work in progress only once a result is recorded.
 */
export function buildBenefits(
  scorecard: Scorecard,
  loaded: LoadedPortfolio,
  outcomes: readonly MeasureOutcome[],
  categoryNames: ReadonlyMap<string, string>,
) {
  const periods = loaded.periods;
  const latestEnded = scorecard.calendar.latestEndedPeriod;
  const momentCategory = new Map(loaded.input.moments.map((m) => [m.id, m.categoryId]));
  const verdictsOf = new Map<string, VerdictCounts>();
  for (const o of outcomes) {
    if (!o.result) continue;
    const v = verdictsOf.get(o.initiativeId) ?? verdictsOf.set(o.initiativeId, zeroVerdicts()).get(o.initiativeId)!;
    v[o.result.verdict]++;
  }

  const rows: BenefitInitiative[] = [];
  for (const i of loaded.input.initiatives) {
    const results = loaded.results.get(i.id) ?? [];
    if (i.status !== "done" && !(i.status === "in_progress" && results.length > 0)) continue;
    const display = loaded.display.get(i.id)!;
    const finish = display.startPeriod === null ? null : display.startPeriod + display.durationPeriods - 1;
    const first = Math.min(results[0]?.periodIndex ?? Infinity, i.status === "done" && finish !== null ? finish + 1 : Infinity);
    const last = Math.max(latestEnded ?? -1, results.at(-1)?.periodIndex ?? -1);
    const byPeriod = new Map(results.map((r) => [r.periodIndex, r]));
    const sums = zeroSums();
    const shown: BenefitPeriod[] = [];
    for (let k = Math.max(0, first); k <= last && k < periods.length; k++) {
      const p = periods[k]!;
      const r = byPeriod.get(k);
      const years = r?.years ?? periodYears(p.startDate, p.lastDay);
      const planned = { cost: i.costReduction.likely * years, revenue: i.revenueGrowth.likely * years };
      const realised = r ? { cost: r.costReduction, revenue: r.revenueGrowth } : null;
      addMoney(sums.planned, planned);
      if (realised) {
        addMoney(sums.plannedRecorded, planned);
        addMoney(sums.realised, realised);
        sums.periodsRecorded++;
      } else sums.periodsNotRecorded++;
      shown.push({ periodId: p.id, index: k, label: p.label, planned, realised });
    }
    Object.assign(sums.verdicts, verdictsOf.get(i.id) ?? zeroVerdicts());
    const categoryIds = new Set<string>();
    for (const e of i.effects) {
      const c = e.effect > 0 ? momentCategory.get(e.momentId) : undefined;
      if (c !== undefined) categoryIds.add(c);
    }
    rows.push({
      ...sums,
      id: i.id,
      title: display.title,
      department: display.department,
      status: i.status,
      categories: [...categoryIds].map((c) => categoryNames.get(c) ?? c).sort((a, b) => a.localeCompare(b)),
      periods: shown,
    });
  }

  const total: BenefitGroup = { ...zeroSums(), name: "Total", initiatives: 0 };
  const departments = new Map<string, BenefitGroup>();
  const byCategory = new Map<string, BenefitGroup>();
  const groupIn = (groups: Map<string, BenefitGroup>, name: string) =>
    groups.get(name) ?? groups.set(name, { ...zeroSums(), name, initiatives: 0 }).get(name)!;
  for (const r of rows) {
    for (const g of [
      total,
      groupIn(departments, r.department),
      ...(r.categories.length ? r.categories : [NO_CATEGORY]).map((c) => groupIn(byCategory, c)),
    ]) {
      addSums(g, r);
      g.initiatives++;
    }
  }
  const byName = (a: BenefitGroup, b: BenefitGroup) => a.name.localeCompare(b.name);
  const size = (r: BenefitInitiative) => Math.abs(r.planned.cost) + Math.abs(r.planned.revenue);
  rows.sort((a, b) => size(b) - size(a) || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));

  const { calibration } = scorecard.calibration;
  return {
    latestEndedPeriod: latestEnded === null ? null : { index: latestEnded, label: periods[latestEnded]?.label ?? "" },
    total,
    departments: [...departments.values()].sort(byName),
    categories: [...byCategory.values()].sort(byName),
    initiatives: rows.slice(0, BENEFITS_LISTED),
    initiativesTotal: rows.length,
    calibration: {
      /** A calibrated value is offered only when a ratio rests on at least this many done initiatives. */
      minimum: MIN_CALIBRATION_BASIS,
      overall: calibration.overall,
      departments: calibration.departments,
    },
  };
}
export type Benefits = ReturnType<typeof buildBenefits>;

/** Category names by id, for grouping. */
export async function categoryNamesOf(db: DbOrTx, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(eq(categories.workspaceId, workspaceId))
    .orderBy(asc(categories.id));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The measure verdicts of the workspace's done initiatives. */
export async function verdictsOfWorkspace(db: DbOrTx, workspaceId: string) {
  return (await measureOutcomes(db, workspaceId)).filter((o) => o.result !== null);
}
