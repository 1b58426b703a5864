import { and, eq } from "drizzle-orm";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { newId } from "@/db/ids";
import type { DbOrTx, Tx, WorkspaceCtx } from "../shared/context";
import { TEST_EVENT, type WebhookEventType } from "./events";

type EmitCtx = Pick<WorkspaceCtx, "workspaceId">;

/** The body every delivery of one event carries (docs/webhooks.md). */
export function eventBody(eventId: string, type: string, workspaceId: string, createdAt: number, data: unknown): string {
  return JSON.stringify({ id: eventId, type, createdAt: new Date(createdAt).toISOString(), workspaceId, data });
}

/**
 * Queues one delivery of the event per active hook of the workspace that
 * subscribes to it, inside the caller's transaction: an action rolled back
 * emits nothing, and a committed one is delivered by the poller however long
 * the receiver is away. Sending never happens here (delivery.ts).
 */
export async function emitWebhookEvent(tx: DbOrTx, ctx: EmitCtx, type: WebhookEventType, data: unknown): Promise<number> {
  const hooks = await tx
    .select({ id: webhooks.id, events: webhooks.events })
    .from(webhooks)
    .where(and(eq(webhooks.workspaceId, ctx.workspaceId), eq(webhooks.state, "active")));
  const receivers = hooks.filter((h) => h.events.includes(type));
  if (receivers.length === 0) return 0;
  const now = Date.now();
  const eventId = newId();
  const payload = eventBody(eventId, type, ctx.workspaceId, now, data);
  await tx.insert(webhookDeliveries).values(
    receivers.map((hook) => ({
      workspaceId: ctx.workspaceId,
      hookId: hook.id,
      eventId,
      eventType: type,
      payload,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
  return receivers.length;
}

/** "Send test event": one delivery to this hook alone. */
export async function queueTestEvent(tx: DbOrTx, ctx: EmitCtx, hookId: string, data: unknown): Promise<string> {
  const now = Date.now();
  const eventId = newId();
  const [row] = await tx
    .insert(webhookDeliveries)
    .values({
      workspaceId: ctx.workspaceId,
      hookId,
      eventId,
      eventType: TEST_EVENT,
      payload: eventBody(eventId, TEST_EVENT, ctx.workspaceId, now, data),
      nextAttemptAt: now,
      createdAt: now,
    })
    .returning({ id: webhookDeliveries.id });
  return row!.id;
}

type InitiativeLike = {
  id: string;
  title: string;
  status: string;
  department: string | null;
  ownerId: string | null;
  version: number;
  updatedAt: number;
};

function initiativeData(row: InitiativeLike) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    department: row.department,
    ownerId: row.ownerId,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** What happened to an initiative, as its command knows it. */
export type InitiativeChange =
  | { kind: "created"; after: InitiativeLike }
  | { kind: "updated"; before: InitiativeLike; after: InitiativeLike }
  | { kind: "decided"; decision: "approve" | "reject"; before: InitiativeLike; after: InitiativeLike; reason: string | null };

/**
 * The initiative's events for one command, so each command makes one call:
 * created; updated (an edit or a progress update) and status_changed when
 * the status moved; approved or rejected for a decision, with status_changed.
 */
export async function emitInitiativeEvents(tx: DbOrTx, ctx: EmitCtx, change: InitiativeChange): Promise<void> {
  const initiative = initiativeData(change.after);
  if (change.kind === "created") {
    await emitWebhookEvent(tx, ctx, "initiative.created", { initiative });
    return;
  }
  const moved = change.before.status !== change.after.status;
  const statusChange = { initiative, previousStatus: change.before.status };
  if (change.kind === "decided") {
    const type = change.decision === "approve" ? "initiative.approved" : "initiative.rejected";
    await emitWebhookEvent(tx, ctx, type, { ...statusChange, reason: change.reason });
  } else {
    await emitWebhookEvent(tx, ctx, "initiative.updated", { initiative });
  }
  if (moved) await emitWebhookEvent(tx, ctx, "initiative.status_changed", statusChange);
}

/**
 * What the scorecard and the roadmap are computed from, by the entity type
 * of the audit entry that records a change. Comments, members, invitations,
 * share links, scenarios (what-ifs beside the plan) and webhooks feed
 * neither. The roadmap plans initiatives (their effort, status, pins and
 * dependencies) into periods by the model's ranking.
 */
const FEEDS: Record<string, readonly WebhookEventType[]> = {
  category: ["scorecard.changed"],
  canvas: ["scorecard.changed"],
  moment: ["scorecard.changed"],
  measure: ["scorecard.changed"],
  assumption: ["scorecard.changed"],
  initiative_result: ["scorecard.changed"],
  initiative: ["scorecard.changed", "roadmap.changed"],
  scoring_model: ["scorecard.changed", "roadmap.changed"],
  period: ["scorecard.changed", "roadmap.changed"],
  plan: ["scorecard.changed", "roadmap.changed"],
};
/** A workspace's own row feeds them only when its content is replaced (the example data). */
const WORKSPACE_CONTENT_ACTIONS = new Set(["load_example"]);

/** Event types already queued in a transaction: a write that changes fifty rows still says "changed" once. */
const queuedIn = new WeakMap<object, Set<WebhookEventType>>();

function isTransaction(db: DbOrTx): db is Tx {
  return typeof (db as { rollback?: unknown }).rollback === "function";
}

/**
 * Called by recordAudit for every change (server/domain/shared/audit.ts):
 * the one place every write passes, knowing what changed. Queues
 * scorecard.changed / roadmap.changed at most once per transaction.
 */
export async function emitWorkspaceChange(
  tx: DbOrTx,
  ctx: EmitCtx,
  change: { entityType: string; entityId: string; action: string },
): Promise<void> {
  const types =
    change.entityType === "workspace"
      ? WORKSPACE_CONTENT_ACTIONS.has(change.action)
        ? FEEDS.plan!
        : []
      : (FEEDS[change.entityType] ?? []);
  if (types.length === 0) return;
  let queued = isTransaction(tx) ? queuedIn.get(tx) : undefined;
  if (isTransaction(tx) && !queued) queuedIn.set(tx, (queued = new Set()));
  for (const type of types) {
    if (queued?.has(type)) continue;
    queued?.add(type);
    // Only what changed, never the row: the receiver reads the figures through the API.
    await emitWebhookEvent(tx, ctx, type, { cause: { entityType: change.entityType, entityId: change.entityId, action: change.action } });
  }
}
