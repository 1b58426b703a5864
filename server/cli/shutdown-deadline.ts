/**
 * The bound on a graceful stop. On SIGTERM/SIGINT `next start` stops
 * accepting, waits for every open connection, then exits (its
 * start-server.js). It never gives up on a request that hangs, and Node's
 * server.close() also waits for a keep-alive connection that was busy when it
 * was called until the client or the 5 s keep-alive timeout closes it. After
 * the grace period we exit ourselves: process.exit still runs the exit
 * handlers, so the SQLite connection is closed cleanly (db/client.ts) and
 * Playwright kills any Chromium it started.
 */
import { logger } from "@/server/log";

const SHUTDOWN_GRACE_MS = 10_000;

/** Exit code when the grace period ran out: a request may have been cut off, unlike after Next's own exit. */
const SHUTDOWN_FORCED_EXIT_CODE = 1;

export function installShutdownDeadline(graceMs = Number(process.env.SHUTDOWN_GRACE_MS) || SHUTDOWN_GRACE_MS): void {
  // Without Next's handlers our listener alone would swallow the signal and keep the process up for graceMs.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) return;
  // Once per process, even if the dev server registers instrumentation again.
  const flag = globalThis as { __tripleCrownShutdownDeadline?: boolean };
  if (flag.__tripleCrownShutdownDeadline) return;
  flag.__tripleCrownShutdownDeadline = true;
  let armed = false;
  const arm = (signal: NodeJS.Signals) => {
    if (armed) return;
    armed = true;
    logger.info({ signal, graceMs }, "shutting down: finishing in-flight requests");
    // unref: a stop that finishes sooner must not wait for this timer.
    setTimeout(() => {
      logger.warn({ graceMs }, "shutdown grace period over: exiting with connections still open");
      process.exit(SHUTDOWN_FORCED_EXIT_CODE);
    }, graceMs).unref();
  };
  process.on("SIGTERM", arm);
  process.on("SIGINT", arm);
}
