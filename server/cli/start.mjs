/**
 * `npm start`: build once if there is no build, serve on http://localhost:3000
 * (PORT / HOST to change) through our own server (server/cli/serve.mjs,
 * decision 023), and pass SIGINT/SIGTERM on for a graceful stop.
 *
 * Plain JavaScript on purpose (docs/decisions/011-start-and-shutdown.md):
 * starting tsx cost more than a second of every start. The data folder
 * (migrations, auth secret, demo seed) is prepared inside the server by
 * instrumentation.ts; the first health check below makes that happen now
 * rather than on a visitor's first request.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { get } from "node:http";
import { constants } from "node:os";
import path from "node:path";
import { demoWantedOnStart } from "./demo-default.mjs";

const nextBin = path.resolve("node_modules/next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// next.config.mjs reads the same variable, so this checks the folder `next start` will serve.
const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");

// A build from before instrumentation.ts would serve without preparing the data folder.
const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(path.join(distDir, "server/instrumentation.js"));
if (!built || process.env.REBUILD === "1") {
  console.log("No up-to-date production build found: building (about a minute)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "0.0.0.0";
// A newcomer's first `npm start` on the embedded default gets the demo workspace (decision 024).
if (demoWantedOnStart(process.env, existsSync(path.resolve("data/triple-crown.db")))) env.DEMO = "1";
const server = spawn(process.execPath, [path.resolve("server/cli/serve.mjs")], {
  stdio: "inherit",
  env: { ...env, PORT: port, HOST: host },
});

/** @type {NodeJS.Signals | undefined} */
let forwarded;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    forwarded ??= signal;
    server.kill(signal);
  });
}

server.on("exit", (code, signal) => {
  // Killed outright (SIGKILL, OOM): in-flight requests were lost, never report success.
  if (signal) process.exit(128 + (constants.signals[signal] ?? 0));
  // The server exits 128 + signal number after a graceful stop on the signal we passed on: that is a clean stop.
  if (forwarded && code === 128 + constants.signals[forwarded]) process.exit(0);
  process.exit(code ?? 1);
});

const probeHost = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
const url = `http://localhost:${port}`;

/** @returns {Promise<number | undefined>} the health check's status, undefined while nothing listens */
function probe() {
  return new Promise((resolve) => {
    // agent: false sends Connection: close, so no idle socket of ours delays a graceful stop.
    const req = get({ host: probeHost, port, path: "/api/health", timeout: 30_000, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("error", () => resolve(undefined));
    req.on("timeout", () => req.destroy());
  });
}

for (;;) {
  if (server.exitCode !== null || forwarded) break;
  const status = await probe();
  if (status === 200) console.log(`Triple Crown on ${url}`);
  else if (status !== undefined) console.error(`Triple Crown is up on ${url} but its health check answers ${status}.`);
  if (status !== undefined) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
