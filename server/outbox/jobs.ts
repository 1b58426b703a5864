import { drainWebhookDeliveries } from "@/server/domain/webhook/delivery";
import { sendDueDigests } from "@/server/mail/digest/send-digests";
import { OUTBOX_JOB, type PollerJob } from "./poller";
import { retentionJob } from "./retention";

/**
 * What the one poller of every app instance runs, in order: digests first, so a digest written now is mailed in the
 * same round; then the mail outbox; then the webhook deliveries. Each claims its rows by lease, so instances share
 * the work without doing a row twice. Last, once an hour, finished rows older than 30 days are deleted.
 */
export function backgroundJobs(): PollerJob[] {
  return [
    { name: "digest", run: (db, now) => sendDueDigests(db, now) },
    OUTBOX_JOB,
    { name: "webhooks", run: (db, now) => drainWebhookDeliveries(db, now) },
    retentionJob(),
  ];
}
