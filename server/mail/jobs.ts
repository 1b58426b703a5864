import { OUTBOX_JOB, type PollerJob } from "@/server/outbox/poller";

/** What the poller of every app instance runs. */
export function backgroundJobs(): PollerJob[] {
  return [OUTBOX_JOB];
}
