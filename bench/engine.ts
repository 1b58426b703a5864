// Benchmark of the pure scoring engine (docs/scoring.md section 6).
// Run: npx tsx bench/engine.ts   (or npm run bench:engine)
// Prints median wall times; never asserted in tests (shared machines are noisy).
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  DEFAULT_MODEL,
  planRoadmap,
  rankPortfolio,
  scorePortfolio,
  simulatePortfolio,
  weightSensitivity,
  type InitiativeInput,
  type InitiativeStatus,
  type Period,
  type PortfolioInput,
} from "../server/scoring/index";
import { Sfc32 } from "../server/scoring/prng";

const SIZES = [1_000, 10_000, 100_000] as const;
const PERIODS = 12;
const MC_RUNS = 1_000;
const MC_SIZE = 1_000;

/** A seeded random portfolio: 4 categories × 3 moments, ~2 dependency edges per initiative (to lower indices, so acyclic). */
function makePortfolio(n: number, seed: number): { input: PortfolioInput; periods: Period[] } {
  const rng = new Sfc32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
  const categories = [1, 2, 3, 4].map((k) => ({ id: `c${k}`, weight: int(1, 3) }));
  const moments = Array.from({ length: 12 }, (_, k) => ({
    id: `m${k}`,
    categoryId: `c${(k % 4) + 1}`,
    importance: int(1, 5),
    performance: int(1, 5),
  }));
  const initiatives: InitiativeInput[] = [];
  let totalEffort = 0;
  for (let i = 0; i < n; i++) {
    const cost = int(-200_000, 1_500_000);
    const revenue = int(-100_000, 2_000_000);
    const links = int(0, 3);
    const first = int(0, 11);
    const effects = Array.from({ length: links }, (_, k) => ({ momentId: `m${(first + k * 5) % 12}`, effect: int(-1, 3) }));
    const deps = new Set<string>();
    const wanted = i === 0 ? 0 : int(0, 4); // 2 on average
    for (let k = 0; k < wanted; k++) deps.add(`i${int(0, i - 1)}`);
    const roll = rng.next();
    const status: InitiativeStatus =
      roll < 0.7 ? "proposed" : roll < 0.85 ? "approved" : roll < 0.92 ? "in_progress" : roll < 0.97 ? "done" : "cancelled";
    const effort = int(1, 20);
    totalEffort += effort;
    initiatives.push({
      id: `i${i}`,
      costReduction: { low: cost - int(0, 300_000), likely: cost, high: cost + int(0, 500_000) },
      revenueGrowth: { low: revenue - int(0, 300_000), likely: revenue, high: revenue + int(0, 800_000) },
      effects,
      investment: int(0, 2_000_000),
      effort,
      durationPeriods: int(1, 3),
      confidence: [1, 0.8, 0.5][int(0, 2)]!,
      dependsOn: [...deps],
      status,
      startPeriod: status === "in_progress" || status === "done" ? int(-3, 2) : null,
      pinnedPeriod: status === "approved" && rng.next() < 0.2 ? int(0, PERIODS - 1) : null,
    });
  }
  // Capacity for about 60 % of the work, so every rule of the planner is exercised.
  const capacity = Math.round((totalEffort * 0.6) / PERIODS);
  const periods = Array.from({ length: PERIODS }, (_, q) => ({ id: `p${q}`, label: `P${q + 1}`, capacity }));
  return { input: { model: { ...DEFAULT_MODEL }, categories, moments, initiatives }, periods };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Timing {
  median: number;
  best: number;
}

/** Median and best of `repeats` timed calls after one warm-up call. */
function time(repeats: number, fn: () => unknown): Timing {
  fn();
  const ms: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return { median: median(ms), best: Math.min(...ms) };
}

// The best run shows what the code costs when the machine is not busy with
// something else; the median is the figure the targets are read against.
const fmt = (t: Timing): string => `${t.median.toFixed(1)} / ${t.best.toFixed(1)}`;
const pad = (s: string, w: number): string => s.padStart(w);

type Op = "score + rank" | "rank only (lean)" | "plan (12 periods)" | "sensitivity";
const startLoad = loadavg().map((x) => x.toFixed(2)).join(" / ");
const results = new Map<Op, Map<number, Timing>>();
const targets: Record<Op, string> = {
  "score + rank": "100k < 300 ms",
  "rank only (lean)": "(no target)",
  "plan (12 periods)": "10k < 100 ms",
  sensitivity: "10k < 500 ms",
};

for (const n of SIZES) {
  const { input, periods } = makePortfolio(n, 42 + n);
  const edges = input.initiatives.reduce((c, i) => c + i.dependsOn.length, 0);
  const repeats = n >= 100_000 ? 5 : 9;
  process.stderr.write(`n=${n}: ${edges} dependency edges, timing…\n`);
  const record = (op: Op, ms: Timing): void => {
    if (!results.has(op)) results.set(op, new Map());
    results.get(op)!.set(n, ms);
  };
  record("score + rank", time(repeats, () => scorePortfolio(input)));
  record("rank only (lean)", time(repeats, () => rankPortfolio(input)));
  record("plan (12 periods)", time(repeats, () => planRoadmap(input, periods)));
  record("sensitivity", time(repeats, () => weightSensitivity(input)));
}

const mc = makePortfolio(MC_SIZE, 7);
const mcMs = time(3, () => simulatePortfolio(mc.input, { runs: MC_RUNS, seed: 1 }));

const header = ["operation (ms)", ...SIZES.map((n) => `${n / 1000}k`), "10k→100k", "target"];
const widths = [20, 15, 15, 17, 9, 14];
const line = (cells: string[]): string => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : pad(c, widths[k]!))).join("  ");
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`Engine benchmark — node ${process.version}, ${cpus().length} × ${cpu}, load average at start ${startLoad}`);
console.log("Wall time in ms, median / best of 9 runs (5 at 100k) after a warm-up; each call validates its input first.");
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const [op, byN] of results) {
  const ratio = byN.get(100_000)!.median / byN.get(10_000)!.median;
  console.log(line([op, ...SIZES.map((n) => fmt(byN.get(n)!)), `×${ratio.toFixed(1)}`, targets[op]]));
}
console.log(line([`monte carlo ${MC_RUNS}×1k`, fmt(mcMs), "", "", "", "1k < 2000 ms"]));
console.log("score + rank builds the explained ScoredInitiative objects; rank only builds {id, rank, valueScore, priority}.");
console.log("Growth ×10 in N: about ×11–13 expected for O(N log N); more means memory effects (GC, cache misses).");
