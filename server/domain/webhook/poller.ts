import { getDb } from "@/db/client";
import { logger } from "@/server/log";
import { drainWebhookDeliveries } from "./delivery";

const DEFAULT_INTERVAL_MS = 5_000;

/**
 * Every instance runs one: each pass claims due deliveries by lease
 * (delivery.ts), so instances share the queue without sending a row twice.
 * Nothing is kept here between passes; the queue is the table.
 */
export function startWebhookPoller(intervalMs = Number(process.env.WEBHOOK_POLL_MS) || DEFAULT_INTERVAL_MS): void {
  // Once per process, even if the dev server registers instrumentation again.
  const flag = globalThis as { __tripleCrownWebhookPoller?: boolean };
  if (flag.__tripleCrownWebhookPoller) return;
  flag.__tripleCrownWebhookPoller = true;
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const summary = await drainWebhookDeliveries(await getDb());
      if (summary.claimed > 0 || summary.gaveUp > 0) logger.info({ webhooks: summary }, "webhook deliveries");
    } catch (error) {
      logger.error({ err: error }, "webhook poller pass failed");
    } finally {
      running = false;
    }
  };
  // unref: a stopping server does not wait for the next pass; a send cut off is retried after its lease.
  setInterval(() => void pass(), intervalMs).unref();
}
