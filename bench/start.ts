/**
 * `npm run bench:start`: time from `npm start` (our start script: prepare +
 * next start on an existing build) to a 200 from /api/health. Bar: 3 s.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuild, freePort, median, startProcess, stop, tsxCli, waitFor } from "./support";

ensureBuild();
const runs = Number(process.env.RUNS ?? 5);
const dataDir = mkdtempSync(path.join(tmpdir(), "tc-bench-start-"));
const restarts: number[] = [];
// Run 0 is a first start (migrations + demo seed); the others are restarts on the same data folder.
for (let i = 0; i <= runs; i++) {
  const port = await freePort();
  const child = startProcess([tsxCli, "server/cli/start.ts"], { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir });
  const ms = await waitFor(`http://127.0.0.1:${port}/api/health`, child);
  await stop(child);
  if (i === 0) console.log(`first start (migrate + seed): ${ms.toFixed(0)} ms`);
  else restarts.push(ms);
}
rmSync(dataDir, { recursive: true, force: true });
console.log(`restart to healthy: median ${median(restarts).toFixed(0)} ms, runs ${restarts.map((t) => t.toFixed(0)).join(", ")} (bar: 3000 ms)`);
