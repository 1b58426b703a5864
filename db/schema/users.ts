import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { idColumn, timestamps } from "./columns";
import { ACCOUNT_TOKEN_PURPOSES } from "./values";

/** Re-exported: the lists live in ./values, which client code may import without the database layer. */
export { ACCOUNT_TOKEN_PURPOSES };

export const users = sqliteTable(
  "users",
  {
    id: idColumn(),
    name: text("name").notNull(),
    /** Stored lower-cased so sign-in is case-insensitive. */
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    /**
     * Copied into the session cookie at sign-in and compared on every request:
     * "sign out everywhere" and a password change raise it, so every older
     * cookie is refused by every app instance (the check is in the database).
     */
    sessionVersion: integer("session_version").notNull().default(1),
    /** When the owner followed the verification link; null until then. */
    emailVerifiedAt: integer("email_verified_at"),
    /**
     * When sign-up asked the owner to verify: the app shell's banner shows
     * while this is set and the email is not verified. Accounts made before
     * verification existed were never asked, and see no banner.
     */
    emailVerificationRequestedAt: integer("email_verification_requested_at"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * Single-use links mailed to an account's owner (password reset, email
 * verification). Only the SHA-256 of the token is kept, so a copy of the
 * database opens no account; `used_at` makes a link work once.
 */
export const accountTokens = sqliteTable(
  "account_tokens",
  {
    id: idColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ACCOUNT_TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("account_tokens_hash_unique").on(t.tokenHash), index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

/**
 * Rate-limit counters, in the database so every app instance sees the same
 * counts. `key` names the limit and its subject ("signin-ip:203.0.113.5",
 * "signin-account:ada@example.com", "signup-ip:…", "workspace-create:<userId>").
 * Rows past `expires_at` are dead and deleted from time to time.
 */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull(),
    /** Per-account protection: the earliest time the next attempt is heard (progressive delay, then a lock). */
    blockedUntil: integer("blocked_until").notNull().default(0),
    lastAt: integer("last_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("rate_limits_expires_idx").on(t.expiresAt)],
);

/** Sessions ended by "Sign out": their id stays refused until the cookie would have expired anyway. */
export const revokedSessions = sqliteTable("revoked_sessions", {
  sessionId: text("session_id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: integer("expires_at").notNull(),
});

/** Something the account's owner must be told at their next sign-in (e.g. their account was locked after failed sign-ins). */
export const accountNotices = sqliteTable(
  "account_notices",
  {
    id: idColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    seenAt: integer("seen_at"),
    ...timestamps(),
  },
  (t) => [index("account_notices_user_idx").on(t.userId, t.seenAt)],
);
