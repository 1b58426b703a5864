/**
 * `npm start`: prepare the database, build once if there is no build, then
 * serve on http://localhost:3000 (PORT to change it).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { prepare } from "./prepare";

const nextBin = path.resolve("node_modules/next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

await prepare();

if (!existsSync(path.resolve(".next/BUILD_ID")) || process.env.REBUILD === "1") {
  console.log("No production build found: building (about a minute)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "0.0.0.0";
const server = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", host], { stdio: "inherit", env });
console.log(`Triple Crown on http://localhost:${port}`);

// Pass termination on so Next can finish in-flight requests.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
