import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { enqueueWebhookPaused } from "@/server/mail/webhook-mails";
import type { Db } from "@/db/client";
import type { Tx } from "@/db/database";
import { auditLog, webhookDeliveries, webhooks } from "@/db/schema";
import { logger } from "@/server/log";
import { unseal } from "@/server/security/sealed";
import { GIVE_UP_AFTER_MS, nextAttemptAt, PAUSE_AFTER_FAILURES } from "./backoff";
import { signDelivery } from "./signature";

/** A claimed row is this instance's for a minute: far longer than one send (10 s and a 1 KB read). */
export const LEASE_MS = 60_000;
export const SEND_TIMEOUT_MS = 10_000;
export const EXCERPT_BYTES = 1024;
/** Rows claimed per pass, and sent at most this many at a time. */
const BATCH = 20;
const PARALLEL = 4;

export type DrainSummary = { claimed: number; delivered: number; failed: number; gaveUp: number; paused: number };

type Claimed = typeof webhookDeliveries.$inferSelect;
type Outcome = { ok: boolean; statusCode: number | null; excerpt: string | null; error: string | null };

/** The first 1 KB of the answer; the rest is not read (a receiver cannot make us hold a large body). */
async function readExcerpt(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8");
  return text.length > 0 ? text : null;
}

function describeError(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `No answer within ${SEND_TIMEOUT_MS / 1000} seconds.`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : null;
  const message = error instanceof Error ? error.message : String(error);
  return `Could not reach the receiver: ${cause ?? message}`.slice(0, 500);
}

/** One POST to the registered URL, never following a redirect. */
async function send(url: string, headers: Record<string, string>, body: string): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    const excerpt = await readExcerpt(response);
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status, excerpt, error: null };
    const error =
      response.status >= 300 && response.status < 400
        ? `The receiver answered with a redirect (${response.status}); redirects are not followed. Register the final URL.`
        : `The receiver answered ${response.status}.`;
    return { ok: false, statusCode: response.status, excerpt, error };
  } catch (error) {
    return { ok: false, statusCode: null, excerpt: null, error: describeError(error) };
  }
}

/** The rows another pass may take: pending, due, of an active hook, and not leased by a live claim. */
function due(now: number) {
  return and(
    eq(webhookDeliveries.status, "pending"),
    lte(webhookDeliveries.nextAttemptAt, now),
    or(isNull(webhookDeliveries.lockedUntil), lte(webhookDeliveries.lockedUntil, now)),
  );
}

/**
 * Takes up to BATCH due rows with one UPDATE that sets their lease. The
 * conditions are repeated on the UPDATE itself: on PostgreSQL a concurrent
 * claimer waits on the row, then re-checks them against the row as the first
 * one left it (leased) and skips it; on SQLite writers take turns anyway.
 * So two instances never send one row.
 */
export async function claimDueDeliveries(db: Db, now: number, limit = BATCH): Promise<Claimed[]> {
  const activeHooks = db.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.state, "active"));
  const candidates = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(due(now), inArray(webhookDeliveries.hookId, activeHooks)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
    .limit(limit);
  return await db
    .update(webhookDeliveries)
    .set({ lockedUntil: now + LEASE_MS })
    .where(and(inArray(webhookDeliveries.id, candidates), due(now)))
    .returning();
}

/**
 * A hook that failed PAUSE_AFTER_FAILURES times in a row stops; its admins are mailed and read why on the webhooks
 * page and in the audit log. Called in the transaction that counted the failure: the hook's row stays locked until
 * it commits, so of deliveries failing at once the one that reached the limit pauses it, and the mail says that
 * count (run after the commit, a later failure could pause it first and say 11).
 */
async function pauseIfFailing(tx: Tx, hookId: string, failures: number, now: number): Promise<boolean> {
  if (failures < PAUSE_AFTER_FAILURES) return false;
  const [paused] = await tx
    .update(webhooks)
    .set({ state: "paused", pauseReason: "failing", pausedAt: now })
    .where(and(eq(webhooks.id, hookId), eq(webhooks.state, "active")))
    .returning();
  if (!paused) return false;
  // Written directly: no person acted (actor null), and nothing the scorecard reads changed.
  await tx.insert(auditLog).values({
    workspaceId: paused.workspaceId,
    actorId: null,
    entityType: "webhook",
    entityId: paused.id,
    action: "pause",
    after: { url: paused.url, state: paused.state, pauseReason: paused.pauseReason, consecutiveFailures: failures },
    createdAt: now,
  });
  await enqueueWebhookPaused(tx, paused, failures);
  return true;
}

type Recorded = { status: "delivered" | "failed" | "gaveUp" | "lost"; paused: boolean };

/** Writes one attempt's outcome, if the lease is still ours, and pauses a hook that keeps failing. */
async function record(db: Db, row: Claimed, lease: number, outcome: Outcome, now: number): Promise<Recorded> {
  const attempts = row.attempts + 1;
  const next = outcome.ok ? null : nextAttemptAt(row.createdAt, attempts, now);
  const status = outcome.ok ? "delivered" : next === null ? "failed" : "pending";
  const paused = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookDeliveries)
      .set({
        status,
        attempts,
        nextAttemptAt: next ?? row.nextAttemptAt,
        lockedUntil: null,
        lastStatusCode: outcome.statusCode,
        lastResponseExcerpt: outcome.excerpt,
        lastError: status === "failed" ? `${outcome.error} Gave up: not delivered within 24 hours.` : outcome.error,
        deliveredAt: outcome.ok ? now : null,
      })
      .where(and(eq(webhookDeliveries.id, row.id), eq(webhookDeliveries.lockedUntil, lease)))
      .returning({ id: webhookDeliveries.id });
    if (!updated) return null;
    const [hook] = await tx
      .update(webhooks)
      .set({ consecutiveFailures: outcome.ok ? 0 : sql`${webhooks.consecutiveFailures} + 1` })
      .where(eq(webhooks.id, row.hookId))
      .returning({ failures: webhooks.consecutiveFailures });
    return !outcome.ok && (await pauseIfFailing(tx, row.hookId, hook?.failures ?? 0, now));
  });
  // Our lease ran out and another instance took the row: its outcome counts, not ours.
  if (paused === null) return { status: "lost", paused: false };
  return { status: status === "pending" ? "failed" : status === "failed" ? "gaveUp" : "delivered", paused };
}

async function deliver(db: Db, row: Claimed, now: number): Promise<Recorded> {
  const [hook] = await db
    .select({ url: webhooks.url, secretSealed: webhooks.secretSealed })
    .from(webhooks)
    .where(eq(webhooks.id, row.hookId));
  if (!hook) return { status: "lost", paused: false };
  const timestamp = Math.floor(now / 1000);
  let secret: string;
  try {
    secret = unseal(hook.secretSealed);
  } catch {
    // Sealed under another AUTH_SECRET: nothing could be signed, so nothing is sent.
    const error = "The signing secret cannot be read (was AUTH_SECRET changed?). Rotate the secret, then redeliver.";
    return await record(db, row, row.lockedUntil!, { ok: false, statusCode: null, excerpt: null, error }, now);
  }
  const outcome = await send(
    hook.url,
    {
      "content-type": "application/json",
      "user-agent": "TripleCrown-Webhooks/1",
      "x-triplecrown-event": row.eventType,
      "x-triplecrown-delivery": row.id,
      "x-triplecrown-timestamp": String(timestamp),
      "x-triplecrown-signature": signDelivery(secret, timestamp, row.payload),
    },
    row.payload,
  );
  return await record(db, row, row.lockedUntil!, outcome, now);
}

/** Pending rows older than a day whose hook stayed paused: given up, so the queue does not grow forever. */
async function giveUpStale(db: Db, now: number): Promise<number> {
  const given = await db
    .update(webhookDeliveries)
    .set({ status: "failed", lastError: "Gave up: not delivered within 24 hours (the webhook was paused).", lockedUntil: null })
    .where(and(due(now), lte(webhookDeliveries.createdAt, now - GIVE_UP_AFTER_MS)))
    .returning({ id: webhookDeliveries.id });
  return given.length;
}

/**
 * One pass of the poller: claims the due deliveries, sends them (a few at a
 * time), records each answer and schedules retries. Tests call it directly
 * with the time they want; the poller calls it every few seconds.
 */
export async function drainWebhookDeliveries(db: Db, now = Date.now()): Promise<DrainSummary> {
  const summary: DrainSummary = { claimed: 0, delivered: 0, failed: 0, gaveUp: await giveUpStale(db, now), paused: 0 };
  const claimed = await claimDueDeliveries(db, now);
  summary.claimed = claimed.length;
  for (let i = 0; i < claimed.length; i += PARALLEL) {
    const results = await Promise.all(
      claimed.slice(i, i + PARALLEL).map((row) =>
        deliver(db, row, now).catch((error: unknown): Recorded => {
          // The lease runs out and a later pass tries again.
          logger.error({ err: error, deliveryId: row.id }, "webhook delivery could not be recorded");
          return { status: "lost", paused: false };
        }),
      ),
    );
    for (const r of results) {
      if (r.status !== "lost") summary[r.status] += 1;
      if (r.paused) summary.paused += 1;
    }
  }
  return summary;
}
