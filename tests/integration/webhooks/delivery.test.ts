import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, mailOutbox, webhookDeliveries, webhooks } from "@/db/schema";
import { drainWebhookDeliveries } from "@/server/domain/webhook";
import { createTestDb } from "../../helpers/db";
import { makeTeam } from "../../helpers/factories";
import { startReceiver } from "./receiver";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let other: Awaited<ReturnType<typeof makeTeam>>;
const receivers: { close: () => Promise<void> }[] = [];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "webhook-tests-secret-0123456789abcdef");
  db = await createTestDb();
  team = await makeTeam(db);
  other = await makeTeam(db);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  while (receivers.length) await receivers.pop()!.close();
});

async function receiver(opts: Parameters<typeof startReceiver>[0] = {}) {
  const r = await startReceiver(opts);
  receivers.push(r);
  return r;
}

async function hookFor(t: typeof team, url: string, events: string[] = ["initiative.created"]) {
  return await t.as.admin.webhook.create({ workspaceId: t.workspaceId, url, events: events as never });
}

const deliveriesOf = (hookId: string) => db.select().from(webhookDeliveries).where(eq(webhookDeliveries.hookId, hookId));

describe("delivering an event", () => {
  it("signs it, retries after a 500, and delivers it exactly once", async () => {
    const r = await receiver({ answers: [500, 200] });
    const hook = await hookFor(team, r.url);
    r.useSecret(hook.secret);
    const created = await team.as.editor.initiative.create({ workspaceId: team.workspaceId, title: "Same-day repairs" });
    const t0 = Date.now();

    expect(await drainWebhookDeliveries(db, t0)).toMatchObject({ claimed: 1, delivered: 0, failed: 1 });
    expect(r.received).toHaveLength(1);
    const [row] = await deliveriesOf(hook.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastResponseExcerpt: "not now", lockedUntil: null });
    // The first retry waits one minute.
    expect(row!.nextAttemptAt).toBe(t0 + MINUTE);
    expect(await drainWebhookDeliveries(db, t0 + MINUTE - 1)).toMatchObject({ claimed: 0 });

    expect(await drainWebhookDeliveries(db, t0 + MINUTE)).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await drainWebhookDeliveries(db, t0 + 10 * HOUR)).toMatchObject({ claimed: 0 });

    expect(r.received).toHaveLength(2);
    const [first, second] = r.received;
    for (const got of r.received) {
      expect(got.signatureValid).toBe(true);
      expect(got.headers["x-triplecrown-event"]).toBe("initiative.created");
      expect(got.headers["x-triplecrown-delivery"]).toBe(row!.id);
      expect(got.headers["content-type"]).toBe("application/json");
    }
    // Each attempt is signed at its own time.
    expect(first!.headers["x-triplecrown-timestamp"]).toBe(String(Math.floor(t0 / 1000)));
    expect(second!.headers["x-triplecrown-timestamp"]).toBe(String(Math.floor((t0 + MINUTE) / 1000)));
    expect(second!.body).toBe(first!.body);
    const body = JSON.parse(second!.body);
    expect(body).toMatchObject({
      id: row!.eventId,
      type: "initiative.created",
      workspaceId: team.workspaceId,
      data: { initiative: { id: created.id, title: "Same-day repairs", status: "proposed" } },
    });

    const [done] = await deliveriesOf(hook.id);
    expect(done).toMatchObject({
      status: "delivered",
      attempts: 2,
      lastStatusCode: 200,
      lastResponseExcerpt: "thanks",
      deliveredAt: t0 + MINUTE,
    });
    const [after] = await db.select().from(webhooks).where(eq(webhooks.id, hook.id));
    expect(after!.consecutiveFailures).toBe(0);
  });

  it("a signature made with another secret does not check out (the receiver's test can fail)", async () => {
    const r = await receiver();
    const hook = await hookFor(team, r.url);
    r.useSecret(`${hook.secret}x`);
    await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: "Loan cars" });
    await drainWebhookDeliveries(db, Date.now());
    expect(r.received.map((x) => x.signatureValid)).toEqual([false]);
  });

  it("never sends one workspace's events to another workspace's hook", async () => {
    const mine = await receiver();
    const theirs = await receiver();
    await hookFor(team, mine.url);
    await hookFor(other, theirs.url);
    await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: "Only ours" });
    await drainWebhookDeliveries(db, Date.now());
    expect(mine.received.map((x) => JSON.parse(x.body).workspaceId)).toEqual([team.workspaceId]);
    expect(theirs.received).toEqual([]);
  });

  it("sends only the events a hook chose", async () => {
    const r = await receiver();
    await hookFor(team, r.url, ["initiative.approved"]);
    const created = await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: "Courtesy calls" });
    await team.as.executive.initiative.decide({
      workspaceId: team.workspaceId,
      id: created.id,
      version: created.version,
      decision: "approve",
    });
    await drainWebhookDeliveries(db, Date.now());
    expect(r.received.map((x) => x.headers["x-triplecrown-event"])).toEqual(["initiative.approved"]);
    expect(JSON.parse(r.received[0]!.body).data).toMatchObject({ previousStatus: "proposed", initiative: { status: "approved" } });
  });

  it("refuses to follow a redirect, and keeps only the first 1 KB of an answer", async () => {
    const elsewhere = await receiver();
    const r = await receiver({ answers: [302], location: elsewhere.url, replyBody: "x".repeat(5000) });
    const hook = await hookFor(team, r.url);
    await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: "Moved" });
    await drainWebhookDeliveries(db, Date.now());
    expect(elsewhere.received).toEqual([]);
    const [row] = await deliveriesOf(hook.id);
    expect(row).toMatchObject({ status: "pending", lastStatusCode: 302 });
    expect(row!.lastError).toContain("redirects are not followed");
    expect(row!.lastResponseExcerpt).toBe("x".repeat(1024));
  });

  it("says plainly when the receiver cannot be reached, and gives up after 24 hours", async () => {
    const r = await receiver();
    const hook = await hookFor(team, r.url);
    await r.close();
    receivers.pop();
    await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: "Nobody home" });
    const [queued] = await deliveriesOf(hook.id);
    const t0 = queued!.createdAt;
    // 1 min, 5 min, 30 min, 2 h, then every 6 h: attempts at 0, 1', 6', 36', 2h36', 8h36', 14h36', 20h36'; the next would pass 24 h.
    const times = [0, 1, 6, 36, 156, 516, 876, 1236].map((m) => t0 + m * MINUTE);
    for (const t of times) expect((await drainWebhookDeliveries(db, t)).claimed).toBe(1);
    const [row] = await deliveriesOf(hook.id);
    expect(row).toMatchObject({ status: "failed", attempts: 8, lastStatusCode: null });
    expect(row!.lastError).toMatch(/^Could not reach the receiver: .+ Gave up: not delivered within 24 hours\.$/);
    expect((await drainWebhookDeliveries(db, t0 + 30 * HOUR)).claimed).toBe(0);
  });
});

describe("a hook that keeps failing", () => {
  it("is paused after 10 failed attempts in a row, its admins told, and sent nothing more until resumed", async () => {
    const r = await receiver({ otherwise: 503 });
    const hook = await hookFor(team, r.url);
    for (let n = 1; n <= 12; n++) await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: `Idea ${n}` });
    const t0 = Date.now();
    const first = await drainWebhookDeliveries(db, t0);
    expect(first).toMatchObject({ claimed: 12, failed: 12, paused: 1 });

    const [paused] = await db.select().from(webhooks).where(eq(webhooks.id, hook.id));
    expect(paused).toMatchObject({ state: "paused", pauseReason: "failing", pausedAt: t0 });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, hook.id), eq(auditLog.action, "pause")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBeNull();
    const listed = await team.as.admin.webhook.list({ workspaceId: team.workspaceId });
    expect(listed[0]).toMatchObject({ state: "paused", pauseReason: "failing" });
    // The workspace's admins are told by mail, in the pausing transaction: only admins, once.
    const told = await db.select().from(mailOutbox).where(eq(mailOutbox.kind, "webhook-paused"));
    expect(told.map((m) => m.to)).toEqual([team.members.admin.email]);
    expect(told[0]!.subject).toBe("A webhook was paused after 10 failed deliveries");
    expect(told[0]!.text).toContain(r.url);
    expect(told[0]!.workspaceId).toBe(team.workspaceId);

    // Paused: the retries wait, new events are not queued for it.
    await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: "While paused" });
    expect(await drainWebhookDeliveries(db, t0 + HOUR)).toMatchObject({ claimed: 0 });
    expect(await deliveriesOf(hook.id)).toHaveLength(12);
    expect(r.received).toHaveLength(12);

    await team.as.admin.webhook.resume({ workspaceId: team.workspaceId, id: hook.id });
    const [resumed] = await db.select().from(webhooks).where(eq(webhooks.id, hook.id));
    expect(resumed).toMatchObject({ state: "active", consecutiveFailures: 0, pauseReason: null });
    expect((await drainWebhookDeliveries(db, Date.now())).claimed).toBe(12);
  });

  it("counts failures in a row only: a success sets the count back to 0", async () => {
    const r = await receiver({ answers: [500, 500, 500, 200, 500] });
    const hook = await hookFor(team, r.url);
    for (let n = 1; n <= 5; n++) await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: `Idea ${n}` });
    // One at a time, so the answers meet the deliveries in order.
    const rows = await deliveriesOf(hook.id);
    expect(rows).toHaveLength(5);
    let t = Date.now();
    for (let n = 0; n < 5; n++) {
      await db
        .update(webhookDeliveries)
        .set({ nextAttemptAt: t + HOUR })
        .where(eq(webhookDeliveries.hookId, hook.id));
      await db.update(webhookDeliveries).set({ nextAttemptAt: t }).where(eq(webhookDeliveries.id, rows[n]!.id));
      await drainWebhookDeliveries(db, t);
      t += 1;
    }
    const [after] = await db.select().from(webhooks).where(eq(webhooks.id, hook.id));
    expect(after!.consecutiveFailures).toBe(1);
  });
});

describe("a secret that cannot be opened", () => {
  it("sends nothing unsigned and says why, when AUTH_SECRET changed since the hook was made", async () => {
    const r = await receiver();
    const hook = await hookFor(team, r.url);
    await team.as.admin.initiative.create({ workspaceId: team.workspaceId, title: "Changed key" });
    vi.stubEnv("AUTH_SECRET", "another-secret-entirely-0123456789abcdef");
    expect(await drainWebhookDeliveries(db, Date.now())).toMatchObject({ claimed: 1, failed: 1 });
    expect(r.received).toEqual([]);
    const [row] = await deliveriesOf(hook.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(row!.lastError).toBe("The signing secret cannot be read (was AUTH_SECRET changed?). Rotate the secret, then redeliver.");
  });
});
