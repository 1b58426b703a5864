import { and, desc, eq } from "drizzle-orm";
import { users, webhookDeliveries, webhooks } from "@/db/schema";
import { NotFoundError } from "../errors";
import type { WorkspaceCtx } from "../shared/context";
import { MAX_WEBHOOKS } from "./schemas";

export type WebhookRow = typeof webhooks.$inferSelect;

/** A hook as the app shows it: never its secret, sealed or not. */
export function publicHook(row: WebhookRow) {
  const { secretSealed: _hidden, ...rest } = row;
  return rest;
}

/** The workspace's hooks, newest first, with who made them. */
export async function listWebhooks(ctx: WorkspaceCtx) {
  const rows = await ctx.db
    .select({ hook: webhooks, createdByName: users.name })
    .from(webhooks)
    .leftJoin(users, eq(users.id, webhooks.createdBy))
    .where(eq(webhooks.workspaceId, ctx.workspaceId))
    .orderBy(desc(webhooks.createdAt), desc(webhooks.id))
    .limit(MAX_WEBHOOKS);
  return rows.map(({ hook, createdByName }) => ({ ...publicHook(hook), createdByName }));
}

/** A hook's latest deliveries, newest first, with the receiver's last answer. */
export async function listDeliveries(ctx: WorkspaceCtx, input: { hookId: string; limit: number }) {
  const [hook] = await ctx.db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.id, input.hookId), eq(webhooks.workspaceId, ctx.workspaceId)));
  if (!hook) throw new NotFoundError("Webhook");
  return await ctx.db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastResponseExcerpt: webhookDeliveries.lastResponseExcerpt,
      lastError: webhookDeliveries.lastError,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.hookId, hook.id), eq(webhookDeliveries.workspaceId, ctx.workspaceId)))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(input.limit);
}
