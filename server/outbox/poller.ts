import type { Db } from "@/db/database";
import { logger } from "@/server/log";
import { drainOutbox } from "./drain";

/** How often each app instance looks for due work (`BACKGROUND_POLL_MS`); several instances share it through the claims. */
const POLL_EVERY_MS = Number(process.env.BACKGROUND_POLL_MS) || 5_000;

/** A periodic job of the poller: the outbox's sends, the weekly digests' due-check, the webhook deliveries. */
export type PollerJob = { name: string; run: (db: Db, now: number) => Promise<unknown> };

export const OUTBOX_JOB: PollerJob = { name: "outbox", run: (db, now) => drainOutbox(db, now) };

/**
 * Starts this process's poller: every few seconds it runs each job once, one
 * round at a time (a slow SMTP server never stacks rounds up). Its timer does
 * not keep the process alive, so a graceful stop is not held up; a row a
 * stopped poller had claimed is taken again when its lease runs out.
 */
export function startPoller(db: () => Promise<Db>, jobs: PollerJob[], everyMs = POLL_EVERY_MS): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const handle = await db();
      for (const job of jobs) {
        try {
          await job.run(handle, Date.now());
        } catch (error) {
          logger.error({ job: job.name, error: error instanceof Error ? error.message : String(error) }, "background job failed");
        }
      }
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
