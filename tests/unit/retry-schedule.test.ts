import { describe, expect, it } from "vitest";
import { nextRetryAt, retryDelayMs } from "@/server/outbox/retry-schedule";
import { nextAttemptAt as webhookNextAttempt, GIVE_UP_AFTER_MS as WEBHOOK_GIVE_UP } from "@/server/domain/webhook/backoff";
import { GIVE_UP_AFTER_MS as MAIL_GIVE_UP } from "@/server/outbox/drain";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe("retry schedule shared by mail and webhooks", () => {
  it("waits 1, 5, 30 minutes, 2 hours, then 6 hours for every later failure", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR, 6 * HOUR, 6 * HOUR]);
  });

  it("gives up once the next try would fall past the horizon, and not a moment before", () => {
    const created = 1_000_000;
    const horizon = 24 * HOUR;
    // Exactly at the horizon is still tried; a millisecond later is not.
    expect(nextRetryAt(5, created, created + horizon - 6 * HOUR, horizon)).toBe(created + horizon);
    expect(nextRetryAt(5, created, created + horizon - 6 * HOUR + 1, horizon)).toBeNull();
  });

  it("gives mail two days and webhook deliveries one, on the same rhythm", () => {
    expect(MAIL_GIVE_UP).toBe(48 * HOUR);
    expect(WEBHOOK_GIVE_UP).toBe(24 * HOUR);
    const created = 0;
    const at = 30 * HOUR; // past the webhook horizon's reach, within mail's
    expect(webhookNextAttempt(created, 7, at)).toBeNull();
    expect(nextRetryAt(7, created, at, MAIL_GIVE_UP)).toBe(at + 6 * HOUR);
    expect(webhookNextAttempt(created, 2, 10 * MINUTE)).toBe(15 * MINUTE);
  });
});
