// What the outcome loop adds to a scorecard (docs/scoring.md section 10; decision 040).
// Run: npm run bench:outcome   (SIZES=1000,10000 ROUNDS=7 to change the run)
// For seeded portfolios with done work in five departments: the engine pass every scorecard makes
// (analyzePortfolio), and beside it, in the same rounds, the calibration pass the outcome loop adds
// (calibrate + calibratePortfolio + rankPortfolio). Prints medians and their ratio. Never asserted in tests.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  analyzePortfolio,
  calibrate,
  calibratePortfolio,
  rankPortfolio,
  type DeliveredInitiative,
  type PortfolioInput,
} from "../server/scoring/index";
import { makePortfolio } from "./fixtures/random-portfolio";

const SIZES = (process.env.SIZES ?? "1000,10000").split(",").map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const DEPARTMENTS = ["Digital", "Finance", "Service", "Parts", "Contact centre"];

/** Every tenth initiative done, with two recorded quarters realising 40–110 % of its likely estimates. */
function withDoneWork(input: PortfolioInput): {
  input: PortfolioInput;
  delivered: DeliveredInitiative[];
  departmentOf: (id: string) => string;
} {
  const department = new Map<string, string>();
  const delivered: DeliveredInitiative[] = [];
  const initiatives = input.initiatives.map((i, n) => {
    department.set(i.id, DEPARTMENTS[n % DEPARTMENTS.length]!);
    if (n % 10 !== 3) return i;
    const share = 0.4 + ((n * 37) % 71) / 100;
    delivered.push({
      id: i.id,
      department: department.get(i.id)!,
      costLikely: i.costReduction.likely,
      revenueLikely: i.revenueGrowth.likely,
      results: [0, 1].map(() => ({
        years: 0.25,
        costReduction: (i.costReduction.likely / 4) * share,
        revenueGrowth: (i.revenueGrowth.likely / 4) * share,
      })),
    });
    return { ...i, status: "done" as const, startPeriod: -2, pinnedPeriod: null };
  });
  return { input: { ...input, initiatives }, delivered, departmentOf: (id) => department.get(id) ?? "" };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`outcome-loop bench · ${cpus().length} cores · load ${loadavg()[0]!.toFixed(2)} · ${ROUNDS} rounds`);
for (const n of SIZES) {
  const { input: raw, periods } = makePortfolio(n, 20_261_206 + n);
  const { input, delivered, departmentOf } = withDoneWork(raw);
  const scorecard: number[] = [];
  const calibration: number[] = [];
  let calibrated = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    analyzePortfolio(input, periods, { currentPeriod: 0 });
    scorecard.push(performance.now() - t);
    t = performance.now();
    const c = calibrate(delivered);
    const ranked = rankPortfolio(calibratePortfolio(input, departmentOf, c));
    calibration.push(performance.now() - t);
    calibrated = ranked.length;
  }
  const s = median(scorecard);
  const c = median(calibration);
  console.log(
    `${n.toLocaleString("en")} initiatives (${delivered.length} done, ${calibrated} ranked calibrated): ` +
      `scorecard engine pass ${s.toFixed(1)} ms, calibration ${c.toFixed(1)} ms, ratio ${(c / s).toFixed(2)}`,
  );
}
