// Where scorePortfolio's 100k time goes on this machine: each call's wall time
// next to the fresh memory pages (minor page faults) it touched. Calls that
// happen to land in memory the process already has show the engine's own cost;
// the others add the machine's price of fresh memory (bench/alloc-probe.ts).
// Run: npm run bench:faults   (extra V8 flags change how often memory is reused,
// e.g. node --max-semi-space-size=128 --import tsx bench/engine-faults.ts)
import { performance } from "node:perf_hooks";
import { scorePortfolio } from "../server/scoring/index";
import { makePortfolio } from "./fixtures/random-portfolio";

const N = 100_000;
const CALLS = Number(process.env.CALLS ?? 10);
const { input } = makePortfolio(N, 42 + N);
const faults = (): number => process.resourceUsage().minorPageFault;

console.log(`scorePortfolio at ${N.toLocaleString("en")} initiatives, node ${process.version}, ${CALLS} calls`);
console.log("call        ms   faults");
let kept = 0;
for (let k = 0; k < CALLS; k++) {
  const f0 = faults();
  const t0 = performance.now();
  kept += scorePortfolio(input).length;
  const ms = performance.now() - t0;
  console.log(`${String(k + 1).padStart(4)}  ${ms.toFixed(1).padStart(8)}  ${String(faults() - f0).padStart(7)}`);
}
console.log(`(${kept.toLocaleString("en")} results in all)`);
