/**
 * `npm run bench:start`: time from `npm start` (the command package.json
 * names, on an existing build) to a 200 from /api/health. Bar: 3 s.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuild, freePort, median, root, tsxCli, waitFor } from "./support";

// next.config.mjs reads the same variable, so this is the folder `next start` serves.
const distDir = process.env.NEXT_DIST_DIR || ".next";

function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const [cmd, ...args] = pkg.scripts.start!.split(" ");
  if (cmd === "node") return args;
  if (cmd === "tsx") return [tsxCli, ...args];
  throw new Error(`cannot time a start script run by ${cmd}`);
}

/** SIGTERM and wait for the exit; a process that hangs is killed with its group so no server outlives the run. */
async function stop(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const inTime = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), timeoutMs))]);
  if (!inTime) {
    process.kill(-child.pid!, "SIGKILL");
    throw new Error(`npm start did not stop within ${timeoutMs} ms of SIGTERM`);
  }
}

ensureBuild();
// npm start rebuilds such a build itself, which would be timed as a start.
if (!existsSync(path.join(root, distDir, "server/instrumentation.js"))) {
  throw new Error(`${distDir} was built before instrumentation.ts: rebuild it (npx next build) first`);
}
const args = startCommand();
const runs = Number(process.env.RUNS ?? 5);
const dataDir = mkdtempSync(path.join(tmpdir(), "tc-bench-start-"));
const restarts: number[] = [];
// Run 0 is a first start (migrations + demo seed); the others are restarts on the same data folder.
for (let i = 0; i <= runs; i++) {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: root,
    // DEMO=1: a data folder of its own gets no demo by default (decision 024); the first start still times the seed.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DEMO: "1" },
    stdio: "ignore",
    detached: true,
  });
  const ms = await waitFor(`http://127.0.0.1:${port}/api/health`, child);
  await stop(child);
  if (i === 0) console.log(`first start (migrate + seed): ${ms.toFixed(0)} ms`);
  else restarts.push(ms);
}
rmSync(dataDir, { recursive: true, force: true });
console.log(
  `restart to healthy: median ${median(restarts).toFixed(0)} ms, runs ${restarts.map((t) => t.toFixed(0)).join(", ")} (bar: 3000 ms)`,
);
