import { OUTBOX_JOB, type PollerJob } from "@/server/outbox/poller";
import { sendDueDigests } from "./digest/send-digests";

/** What the poller of every app instance runs: digests first, so a digest written now is sent in the same round. */
export function backgroundJobs(): PollerJob[] {
  return [{ name: "digest", run: (db, now) => sendDueDigests(db, now) }, OUTBOX_JOB];
}
