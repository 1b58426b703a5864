import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { epochMs, idColumn } from "./columns";
import { MAIL_STATUSES } from "../values";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../mail.ts: keep the two in step (tests/unit/schema-drift.test.ts).

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: idColumn(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    kind: text("kind").notNull(),
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: epochMs("next_attempt_at").notNull(),
    lockedUntil: epochMs("locked_until").notNull().default(0),
    lastError: text("last_error"),
    createdAt: epochMs("created_at").notNull(),
    sentAt: epochMs("sent_at"),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt), index("mail_outbox_created_idx").on(t.createdAt)],
);

export const digestSubscriptions = pgTable(
  "digest_subscriptions",
  {
    id: idColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    lastSentOn: text("last_sent_on"),
    snapshot: text("snapshot"),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("digest_subscriptions_user_workspace_unique").on(t.userId, t.workspaceId),
    index("digest_subscriptions_workspace_idx").on(t.workspaceId),
  ],
);
