import { index, json, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { epochMs } from "./columns";
import { users } from "./users";

// PostgreSQL twin of ../requests.ts: keep the two in step (tests/unit/schema-drift.test.ts).

/** Answers of create requests, by the caller's idempotency key (server/domain/shared/idempotency.ts). */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** The procedure the key was first used for: the same key on another one is refused. */
    scope: text("scope").notNull(),
    response: json("response").notNull(),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("idempotency_created_idx").on(t.createdAt)],
);
