// How much does fresh memory cost on this machine? Context for the engine
// benchmark: scorePortfolio at 100k builds ~40 MB of explained results, and on
// the project's VMs most of that time is page faults, not arithmetic.
// Run: npx tsx bench/alloc-probe.ts   (or npm run bench:alloc)
// It builds 100,000 small records (six objects each, integers only, so no
// number boxing) seven times, keeping the last one alive as a real result
// would be, and prints the time, the minor page faults and the cost per fault.
import { performance } from "node:perf_hooks";

const N = 100_000;
const ROUNDS = 7;

interface Part {
  x: number;
  y: number;
  z: number;
  w: number;
}
interface Row {
  a: number;
  s: { x: number; y: number; z: number };
  b: { e: Part; c: Part; r: Part; q: number; t: number };
}

function build(): Row[] {
  const out = new Array<Row>(N);
  for (let i = 0; i < N; i++) {
    out[i] = {
      a: i,
      s: { x: i, y: i, z: i },
      b: { e: { x: i, y: i, z: i, w: i }, c: { x: i, y: i, z: i, w: i }, r: { x: i, y: i, z: i, w: i }, q: i, t: i },
    };
  }
  return out;
}

const faults = (): number => process.resourceUsage().minorPageFault;
let kept: Row[] = [];
const rows: string[] = [];
for (let k = 0; k < ROUNDS; k++) {
  const f0 = faults();
  const t0 = performance.now();
  kept = build();
  const ms = performance.now() - t0;
  const f = faults() - f0;
  rows.push(
    `${String(k + 1).padStart(5)}  ${ms.toFixed(1).padStart(8)}  ${String(f).padStart(7)}  ${f > 0 ? ((ms * 1000) / f).toFixed(1).padStart(9) : "        –"}`,
  );
}
console.log(`Allocation probe — ${N.toLocaleString("en")} records × 6 objects, node ${process.version}; ${kept.length} kept`);
console.log("round        ms   faults  µs/fault (upper bound: all time charged to faults)");
for (const r of rows) console.log(r);
