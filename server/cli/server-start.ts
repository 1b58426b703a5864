/**
 * Runs once inside the server process (instrumentation.ts), before the first
 * request is handled: the data folder is made ready where the connection
 * lives, so `npm start` needs no separate TypeScript process to prepare it.
 */
import { prepareData } from "./prepare-data";
import { installShutdownDeadline } from "./shutdown-deadline";
import { startWebhookPoller } from "@/server/domain/webhook/poller";

export async function onServerStart(): Promise<void> {
  installShutdownDeadline();
  try {
    await prepareData();
  } catch (error) {
    // A server whose database cannot be migrated would answer every request with an error: better not to run.
    console.error("Could not prepare the data folder:", error);
    process.exit(1);
  }
  startWebhookPoller();
}
