// Benchmark of the pure scoring engine (docs/scoring.md section 6).
// Run: npx tsx bench/engine.ts   (or npm run bench:engine)
// Prints median wall times; never asserted in tests (shared machines are noisy).
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  planRoadmap,
  rankPortfolio,
  scorePortfolio,
  simulatePortfolio,
  weightSensitivity,
} from "../server/scoring/index";
import { makePortfolio } from "./fixtures/random-portfolio";

const SIZES = [1_000, 10_000, 100_000] as const;
const MC_RUNS = 1_000;
const MC_SIZE = 1_000;

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
