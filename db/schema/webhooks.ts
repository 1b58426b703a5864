import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { idColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";
import { WEBHOOK_STATES, DELIVERY_STATUSES } from "./values";

/** Re-exported: the lists live in ./values, which client code may import without the database layer. */
export { WEBHOOK_STATES, DELIVERY_STATUSES };

export type WebhookState = (typeof WEBHOOK_STATES)[number];
/** Who paused a hook: an admin, or the poller after too many failed attempts in a row. */
export type WebhookPauseReason = "admin" | "failing";
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A URL an admin registered to receive a workspace's events (docs/webhooks.md). */
export const webhooks = sqliteTable(
  "webhooks",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    /** The event types it receives, e.g. ["initiative.created"]. */
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    /** The signing secret, sealed with a key derived from AUTH_SECRET (server/security/sealed.ts): it must be read to sign. */
    secretSealed: text("secret_sealed").notNull(),
    state: text("state").$type<WebhookState>().notNull().default("active"),
    pauseReason: text("pause_reason").$type<WebhookPauseReason>(),
    /** Failed attempts in a row, any delivery; a 2xx sets it back to 0, 10 pause the hook. */
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at").notNull(),
    pausedAt: integer("paused_at"),
  },
  (t) => [index("webhooks_workspace_idx").on(t.workspaceId, t.state), index("webhooks_created_by_idx").on(t.createdBy)],
);

/** One event for one hook: the durable queue the poller sends from, and the delivery's history. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: idColumn(),
    /** Copied from the hook so every read is scoped to the workspace without a join. */
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    hookId: text("hook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    /** The event's id: the same for every hook that receives it, and for a redelivery. */
    eventId: text("event_id").notNull(),
    eventType: text("event_type").notNull(),
    /** The exact body sent: a redelivery sends the same. */
    payload: text("payload").notNull(),
    status: text("status").$type<DeliveryStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    /** The lease of the instance sending it: until then no other instance claims the row. */
    lockedUntil: integer("locked_until"),
    lastStatusCode: integer("last_status_code"),
    /** The first 1 KB of the receiver's last answer. */
    lastResponseExcerpt: text("last_response_excerpt"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    deliveredAt: integer("delivered_at"),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_hook_idx").on(t.hookId, t.createdAt),
    index("webhook_deliveries_workspace_idx").on(t.workspaceId),
  ],
);
