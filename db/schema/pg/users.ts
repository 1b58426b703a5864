import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ACCOUNT_TOKEN_PURPOSES } from "../values";
import { epochMs, idColumn, timestamps } from "./columns";

// PostgreSQL twin of ../users.ts: keep the two in step (tests/unit/schema-drift.test.ts).

export const users = pgTable(
  "users",
  {
    id: idColumn(),
    name: text("name").notNull(),
    /** Stored lower-cased so sign-in is case-insensitive. */
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    /** Raised by "sign out everywhere" and a password change: older session cookies are refused. */
    sessionVersion: integer("session_version").notNull().default(1),
    emailVerifiedAt: epochMs("email_verified_at"),
    /** Set by sign-up; the banner asks to verify while the email is not verified (see ../users.ts). */
    emailVerificationRequestedAt: epochMs("email_verification_requested_at"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/** Single-use mailed links, stored as SHA-256 hashes (see ../users.ts). */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: idColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ACCOUNT_TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: epochMs("expires_at").notNull(),
    usedAt: epochMs("used_at"),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [uniqueIndex("account_tokens_hash_unique").on(t.tokenHash), index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

/** Rate-limit counters, shared by every app instance (see ../users.ts). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    windowStart: epochMs("window_start").notNull(),
    count: integer("count").notNull(),
    blockedUntil: epochMs("blocked_until").notNull().default(0),
    lastAt: epochMs("last_at").notNull(),
    expiresAt: epochMs("expires_at").notNull(),
  },
  (t) => [index("rate_limits_expires_idx").on(t.expiresAt)],
);

export const revokedSessions = pgTable("revoked_sessions", {
  sessionId: text("session_id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: epochMs("expires_at").notNull(),
});

export const accountNotices = pgTable(
  "account_notices",
  {
    id: idColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    seenAt: epochMs("seen_at"),
    ...timestamps(),
  },
  (t) => [index("account_notices_user_idx").on(t.userId, t.seenAt)],
);
