// Monte Carlo off the request thread (docs/decisions/004-monte-carlo-off-thread.md).
// Plain JS so Node starts it as-is under vitest, tsx and `next start`; it loads
// the TypeScript engine through tsx, straight from the source tree.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { simulatePortfolio, ScoringInputError } = await tsImport("../../scoring/index.ts", import.meta.url);

parentPort.on("message", (job) => {
  try {
    parentPort.postMessage({ jobId: job.jobId, ok: true, rows: simulatePortfolio(job.input, job.options) });
  } catch (error) {
    parentPort.postMessage({
      jobId: job.jobId,
      ok: false,
      error: {
        name: error?.name ?? "Error",
        message: String(error?.message ?? error),
        issues: error instanceof ScoringInputError ? error.issues : undefined,
      },
    });
  }
});
