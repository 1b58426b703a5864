import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { epochMs, idColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../share.ts: keep the two in step (tests/unit/schema-drift.test.ts).

/** Read-only share link to a workspace's scorecard and roadmap. */
export const shareLinks = pgTable(
  "share_links",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    label: text("label").notNull().default(""),
    /** sha256 of the token; the token itself is shown once. */
    tokenHash: text("token_hash").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: epochMs("expires_at").notNull(),
    revokedAt: epochMs("revoked_at"),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("share_links_token_hash_unique").on(t.tokenHash),
    index("share_links_workspace_idx").on(t.workspaceId),
    index("share_links_created_by_idx").on(t.createdBy),
  ],
);
