import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { API_TOKEN_SCOPES } from "../values";
import { epochMs, idColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../api-tokens.ts: keep the two in step (tests/unit/schema-drift.test.ts).

/** A workspace's token for the HTTP API (/api/v1); the token itself is shown once and only its sha256 is kept. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    scope: text("scope", { enum: API_TOKEN_SCOPES }).notNull(),
    /** sha256 (hex) of the whole token. */
    tokenHash: text("token_hash").notNull(),
    /** The token's first characters ("tc_ab12"), so people can tell their tokens apart. */
    prefix: text("prefix").notNull(),
    expiresAt: epochMs("expires_at").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: epochMs("created_at").notNull(),
    /** Written at most once a minute per token, so every call does not write. */
    lastUsedAt: epochMs("last_used_at"),
    revokedAt: epochMs("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_tokens_token_hash_unique").on(t.tokenHash),
    index("api_tokens_workspace_idx").on(t.workspaceId),
    index("api_tokens_created_by_idx").on(t.createdBy),
  ],
);
