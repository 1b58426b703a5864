// Heavy work off the request thread (docs/decisions/004 and 032). Plain JS so
// Node starts it as-is under vitest, tsx and the built server; it loads the
// TypeScript tasks through tsx, straight from the source tree.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runTask } = await tsImport("./tasks.ts", import.meta.url);

parentPort.on("message", async (job) => {
  parentPort.postMessage(await runTask(job));
});
