/**
 * Runs once inside the server process (instrumentation.ts), before the first
 * request is handled: the data folder is made ready where the connection
 * lives, so `npm start` needs no separate TypeScript process to prepare it.
 */
import { getDb } from "@/db/client";
import { backgroundJobs } from "@/server/outbox/jobs";
import { startPoller } from "@/server/outbox/poller";
import { prepareData } from "./prepare-data";
import { installShutdownDeadline } from "./shutdown-deadline";

export async function onServerStart(): Promise<void> {
  installShutdownDeadline();
  try {
    await prepareData();
  } catch (error) {
    // A server whose database cannot be migrated would answer every request with an error: better not to run.
    console.error("Could not prepare the data folder:", error);
    process.exit(1);
  }
  startBackgroundWork();
}

/** Once per process, even if the dev server registers instrumentation again: the outbox, digest and webhook poller. */
function startBackgroundWork(): void {
  const flag = globalThis as { __tripleCrownPoller?: boolean };
  if (flag.__tripleCrownPoller) return;
  flag.__tripleCrownPoller = true;
  startPoller(getDb, backgroundJobs());
}
