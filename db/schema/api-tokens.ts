import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { idColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";
import { API_TOKEN_SCOPES } from "./values";

/** Re-exported: the lists live in ./values, which client code may import without the database layer. */
export { API_TOKEN_SCOPES };

export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** A workspace's token for the HTTP API (/api/v1); the token itself is shown once and only its sha256 is kept. */
export const apiTokens = sqliteTable(
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
    expiresAt: integer("expires_at").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at").notNull(),
    /** Written at most once a minute per token, so every call does not write. */
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_tokens_token_hash_unique").on(t.tokenHash),
    index("api_tokens_workspace_idx").on(t.workspaceId),
    index("api_tokens_created_by_idx").on(t.createdBy),
  ],
);
