import { and, inArray, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/database";
import { mailOutbox, webhookDeliveries } from "@/db/schema";
import type { PollerJob } from "./poller";

const DAY = 24 * 60 * 60_000;

/**
 * How long finished background work stays readable: sent, kept and failed mail
 * in /admin/outbox, delivered and failed webhook deliveries on the webhooks
 * page. Long enough to look into last month's problem, short enough that the
 * two queues do not grow for ever. Pending rows are never removed here (they
 * give up by their own schedule first).
 */
export const KEEP_FINISHED_MS = 30 * DAY;
/** The clean-up runs at most this often per app instance; doing it twice (two instances) is harmless. */
export const PRUNE_EVERY_MS = 60 * 60_000;

export type Pruned = { mail: number; deliveries: number };

/** Deletes finished mail and webhook deliveries written more than KEEP_FINISHED_MS before `now`. */
export async function pruneFinishedWork(db: DbOrTx, now: number): Promise<Pruned> {
  const before = now - KEEP_FINISHED_MS;
  const mail = await db
    .delete(mailOutbox)
    .where(and(inArray(mailOutbox.status, ["sent", "kept", "failed"]), lt(mailOutbox.createdAt, before)))
    .returning({ id: mailOutbox.id });
  const deliveries = await db
    .delete(webhookDeliveries)
    .where(and(inArray(webhookDeliveries.status, ["delivered", "failed"]), lt(webhookDeliveries.createdAt, before)))
    .returning({ id: webhookDeliveries.id });
  return { mail: mail.length, deliveries: deliveries.length };
}

/** The poller's job: the clean-up, skipped on rounds within PRUNE_EVERY_MS of this instance's last one. */
export function retentionJob(): PollerJob {
  let last = Number.NEGATIVE_INFINITY;
  return {
    name: "retention",
    run: async (db, now) => {
      if (now - last < PRUNE_EVERY_MS) return null;
      last = now;
      return await pruneFinishedWork(db, now);
    },
  };
}
