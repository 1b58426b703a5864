import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { mailOutbox, webhookDeliveries } from "@/db/schema";
import { KEEP_FINISHED_MS, PRUNE_EVERY_MS, pruneFinishedWork, retentionJob } from "@/server/outbox/retention";
import { createTestDb } from "../../helpers/db";
import { makeTeam } from "../../helpers/factories";

// Runs on SQLite here and on PostgreSQL in tests/vitest.pg.config.ts (it takes every integration file).
const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);
const OLD = NOW - KEEP_FINISHED_MS - 1;
const RECENT = NOW - KEEP_FINISHED_MS + 60_000;

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;

beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "retention-tests-secret-0123456789abcdef");
  db = await createTestDb();
  team = await makeTeam(db);
});
afterEach(() => vi.unstubAllEnvs());

async function mail(subject: string, status: "pending" | "sent" | "kept" | "failed", createdAt: number) {
  await db
    .insert(mailOutbox)
    .values({ to: "a@example.com", subject, text: "t", html: "<p>t</p>", kind: "test", status, nextAttemptAt: createdAt, createdAt });
}

async function delivery(hookId: string, eventId: string, status: "pending" | "delivered" | "failed", createdAt: number) {
  await db.insert(webhookDeliveries).values({
    workspaceId: team.workspaceId,
    hookId,
    eventId,
    eventType: "initiative.created",
    payload: "{}",
    status,
    nextAttemptAt: createdAt,
    createdAt,
  });
}

describe("clean-up of finished background work", () => {
  it("deletes finished mail and deliveries older than 30 days, and keeps recent and pending ones", async () => {
    const hook = await team.as.admin.webhook.create({
      workspaceId: team.workspaceId,
      url: "https://hooks.example.com/in",
      events: ["initiative.created"],
    });
    await mail("old sent", "sent", OLD);
    await mail("old kept", "kept", OLD);
    await mail("old failed", "failed", OLD);
    await mail("old pending", "pending", OLD);
    await mail("recent sent", "sent", RECENT);
    await delivery(hook.id, "old-delivered", "delivered", OLD);
    await delivery(hook.id, "old-failed", "failed", OLD);
    await delivery(hook.id, "old-pending", "pending", OLD);
    await delivery(hook.id, "recent-delivered", "delivered", RECENT);

    expect(await pruneFinishedWork(db, NOW)).toEqual({ mail: 3, deliveries: 2 });
    const subjects = (await db.select({ s: mailOutbox.subject }).from(mailOutbox)).map((r) => r.s).sort();
    expect(subjects).toEqual(["old pending", "recent sent"]);
    const events = (await db.select({ e: webhookDeliveries.eventId }).from(webhookDeliveries)).map((r) => r.e).sort();
    expect(events).toEqual(["old-pending", "recent-delivered"]);
    // Nothing more to do a moment later.
    expect(await pruneFinishedWork(db, NOW + 1)).toEqual({ mail: 0, deliveries: 0 });
  });

  it("runs from the poller at most once an hour per instance", async () => {
    const job = retentionJob();
    await mail("old sent", "sent", OLD);
    expect(await job.run(db, NOW)).toEqual({ mail: 1, deliveries: 0 });
    await mail("another old one", "sent", OLD);
    expect(await job.run(db, NOW + PRUNE_EVERY_MS - 1)).toBeNull();
    expect(await job.run(db, NOW + PRUNE_EVERY_MS)).toEqual({ mail: 1, deliveries: 0 });
  });
});
