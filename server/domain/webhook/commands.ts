import { and, count, eq } from "drizzle-orm";
import { insertedRow } from "@/db/database";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { seal } from "@/server/security/sealed";
import { ConflictError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { writeTransaction } from "../shared/revision";
import { queueTestEvent } from "./emit";
import { publicHook, type WebhookRow } from "./queries";
import { MAX_WEBHOOKS, type CreateWebhookInput, type UpdateWebhookInput } from "./schemas";
import { newWebhookSecret } from "./signature";

async function hookInWorkspace(tx: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">, id: string): Promise<WebhookRow> {
  const [row] = await tx
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), eq(webhooks.workspaceId, ctx.workspaceId)));
  if (!row) throw new NotFoundError("Webhook");
  return row;
}

/** Registers a URL for events; the signing secret is answered this once and stored sealed. */
/** One change to a hook in the caller's transaction, audited with its public before and after; answers the after. */
async function changeHook(
  tx: DbOrTx,
  ctx: WorkspaceCtx,
  before: WebhookRow,
  values: Partial<typeof webhooks.$inferInsert>,
  action: "update" | "pause" | "resume",
) {
  const [after] = await tx.update(webhooks).set(values).where(eq(webhooks.id, before.id)).returning();
  await recordAudit(tx, ctx, { entityType: "webhook", entityId: before.id, action, before: publicHook(before), after: publicHook(after!) });
  return publicHook(after!);
}

export async function createWebhook(ctx: WorkspaceCtx, input: CreateWebhookInput) {
  const secret = newWebhookSecret();
  return await writeTransaction(ctx, async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(webhooks).where(eq(webhooks.workspaceId, ctx.workspaceId));
    if ((existing?.n ?? 0) >= MAX_WEBHOOKS) {
      throw new ConflictError(`A workspace can have at most ${MAX_WEBHOOKS} webhooks. Delete one you no longer use first.`);
    }
    const row = await insertedRow(
      tx
        .insert(webhooks)
        .values({
          workspaceId: ctx.workspaceId,
          url: input.url,
          events: input.events,
          secretSealed: seal(secret),
          createdBy: ctx.userId,
          createdAt: Date.now(),
        })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "webhook", entityId: row.id, action: "create", after: publicHook(row) });
    return { ...publicHook(row), secret };
  });
}

/** A new URL or a new choice of events; deliveries already queued keep going to the hook. */
export async function updateWebhook(ctx: WorkspaceCtx, input: UpdateWebhookInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await hookInWorkspace(tx, ctx, input.id);
    return await changeHook(tx, ctx, before, { url: input.url ?? before.url, events: input.events ?? before.events }, "update");
  });
}

/** A new secret, answered once; the old one stops signing at once (even deliveries already queued). */
export async function rotateWebhookSecret(ctx: WorkspaceCtx, input: { id: string }) {
  const secret = newWebhookSecret();
  return await writeTransaction(ctx, async (tx) => {
    const before = await hookInWorkspace(tx, ctx, input.id);
    const [after] = await tx
      .update(webhooks)
      .set({ secretSealed: seal(secret) })
      .where(eq(webhooks.id, before.id))
      .returning();
    await recordAudit(tx, ctx, { entityType: "webhook", entityId: before.id, action: "rotate_secret" });
    return { ...publicHook(after!), secret };
  });
}

/** Paused: no new events are queued for it and queued ones wait (up to their 24 hours). */
export async function pauseWebhook(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await hookInWorkspace(tx, ctx, input.id);
    if (before.state === "paused") throw new ConflictError("This webhook is already paused.");
    return await changeHook(tx, ctx, before, { state: "paused", pauseReason: "admin", pausedAt: Date.now() }, "pause");
  });
}

/** Resumed with a clean count of failures: queued deliveries are sent again at once. */
export async function resumeWebhook(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await hookInWorkspace(tx, ctx, input.id);
    if (before.state === "active") throw new ConflictError("This webhook is already active.");
    const after = await changeHook(
      tx,
      ctx,
      before,
      { state: "active", pauseReason: null, pausedAt: null, consecutiveFailures: 0 },
      "resume",
    );
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: Date.now() })
      .where(and(eq(webhookDeliveries.hookId, before.id), eq(webhookDeliveries.status, "pending")));
    return after;
  });
}

/** Deleting takes the hook's queued and past deliveries with it. */
export async function deleteWebhook(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await hookInWorkspace(tx, ctx, input.id);
    await tx.delete(webhookDeliveries).where(eq(webhookDeliveries.hookId, before.id));
    await tx.delete(webhooks).where(eq(webhooks.id, before.id));
    await recordAudit(tx, ctx, { entityType: "webhook", entityId: before.id, action: "delete", before: publicHook(before) });
    return { deleted: true as const, id: before.id };
  });
}

/** Queues a "webhook.test" event for this hook alone; the poller sends it within seconds. */
export async function sendTestEvent(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const hook = await hookInWorkspace(tx, ctx, input.id);
    if (hook.state !== "active") throw new ConflictError("This webhook is paused: resume it to send a test event.");
    const deliveryId = await queueTestEvent(tx, ctx, hook.id, { message: "A test event from Triple Crown.", hookId: hook.id });
    await recordAudit(tx, ctx, { entityType: "webhook", entityId: hook.id, action: "send_test", after: { deliveryId } });
    return { deliveryId };
  });
}

/**
 * Sends a past delivery's event again, as a new delivery (a new id, so a
 * receiver that drops ids it has seen takes it) with the same body.
 */
export async function redeliver(ctx: WorkspaceCtx, input: { deliveryId: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const [old] = await tx
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.workspaceId, ctx.workspaceId)));
    if (!old) throw new NotFoundError("Delivery");
    if (old.status === "pending") throw new ConflictError("This delivery is still being tried; wait for it to finish.");
    const hook = await hookInWorkspace(tx, ctx, old.hookId);
    if (hook.state !== "active") throw new ConflictError("This webhook is paused: resume it to redeliver.");
    const now = Date.now();
    const row = await insertedRow(
      tx
        .insert(webhookDeliveries)
        .values({
          workspaceId: ctx.workspaceId,
          hookId: old.hookId,
          eventId: old.eventId,
          eventType: old.eventType,
          payload: old.payload,
          nextAttemptAt: now,
          createdAt: now,
        })
        .returning({ id: webhookDeliveries.id }),
    );
    await recordAudit(tx, ctx, {
      entityType: "webhook",
      entityId: hook.id,
      action: "redeliver",
      after: { from: old.id, deliveryId: row.id },
    });
    return { deliveryId: row.id };
  });
}
