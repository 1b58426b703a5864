import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { idColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";
import { MAIL_STATUSES } from "./values";

/** Re-exported: the lists live in ./values, which client code may import without the database layer. */
export { MAIL_STATUSES };

/**
 * pending: waiting to be sent (again); sent: the SMTP server accepted it;
 * failed: given up after two days of retries; kept: no SMTP server is
 * configured, so it stays here for the installation admin to read (and in
 * the log), and is never sent later.
 */
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Every message the app sends, written in the transaction of the action that
 * causes it (a rolled-back action sends nothing) and sent later by the
 * outbox poller of whichever app instance claims it first: `locked_until` is
 * that claim's lease, `next_attempt_at` the back-off (decision 048).
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: idColumn(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    /** Which template made it ("invitation", "password-reset", …): for the admin's list and the log. */
    kind: text("kind").notNull(),
    /** The workspace it is about, when one; null for account mail (reset, verification). */
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    /** While in the future, one poller is sending the row and no other takes it. */
    lockedUntil: integer("locked_until").notNull().default(0),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt), index("mail_outbox_created_idx").on(t.createdAt)],
);

/**
 * A person's weekly digest of one workspace (opt-in: a row exists only while
 * they want it). `last_sent_on` makes "once a week" durable across restarts
 * and instances; `snapshot` is what the last digest saw (the top 10 and the
 * planned periods), so the next one can tell what changed.
 */
export const digestSubscriptions = sqliteTable(
  "digest_subscriptions",
  {
    id: idColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** UTC day (YYYY-MM-DD) of the last digest sent; null before the first. */
    lastSentOn: text("last_sent_on"),
    snapshot: text("snapshot"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("digest_subscriptions_user_workspace_unique").on(t.userId, t.workspaceId),
    index("digest_subscriptions_workspace_idx").on(t.workspaceId),
  ],
);
