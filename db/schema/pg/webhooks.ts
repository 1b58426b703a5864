import { index, integer, json, pgTable, text } from "drizzle-orm/pg-core";
import type { DeliveryStatus, WebhookPauseReason, WebhookState } from "../webhooks";
import { epochMs, idColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../webhooks.ts: keep the two in step (tests/unit/schema-drift.test.ts).

/** A URL an admin registered to receive a workspace's events (docs/webhooks.md). */
export const webhooks = pgTable(
  "webhooks",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    events: json("events").$type<string[]>().notNull(),
    secretSealed: text("secret_sealed").notNull(),
    state: text("state").$type<WebhookState>().notNull().default("active"),
    pauseReason: text("pause_reason").$type<WebhookPauseReason>(),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: epochMs("created_at").notNull(),
    pausedAt: epochMs("paused_at"),
  },
  (t) => [index("webhooks_workspace_idx").on(t.workspaceId, t.state), index("webhooks_created_by_idx").on(t.createdBy)],
);

/** One event for one hook: the durable queue the poller sends from, and the delivery's history. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    hookId: text("hook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    eventId: text("event_id").notNull(),
    eventType: text("event_type").notNull(),
    payload: text("payload").notNull(),
    status: text("status").$type<DeliveryStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: epochMs("next_attempt_at").notNull(),
    lockedUntil: epochMs("locked_until"),
    lastStatusCode: integer("last_status_code"),
    lastResponseExcerpt: text("last_response_excerpt"),
    lastError: text("last_error"),
    createdAt: epochMs("created_at").notNull(),
    deliveredAt: epochMs("delivered_at"),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_hook_idx").on(t.hookId, t.createdAt),
    index("webhook_deliveries_workspace_idx").on(t.workspaceId),
  ],
);
