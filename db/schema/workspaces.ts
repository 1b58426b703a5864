import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { idColumn, timestamps, versionColumn } from "./columns";
import { users } from "./users";
import { ROLES } from "./values";

/** Re-exported: the lists live in ./values, which client code may import without the database layer. */
export { ROLES };

export type Role = (typeof ROLES)[number];

export const workspaces = sqliteTable(
  "workspaces",
  {
    id: idColumn(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    currency: text("currency").notNull().default("EUR"),
    /**
     * Set while an import writes the workspace in short transactions (it has
     * no member until the last one, so nobody sees it half-made); a value
     * left behind by a crash marks the rows for clean-up. Decision 033.
     */
    importStartedAt: integer("import_started_at"),
    /**
     * Bumped by every write to the workspace, first thing in its transaction:
     * caches of derived data (the scorecard) are valid while it is unchanged,
     * on any app instance; on PostgreSQL the bump also takes the row lock
     * that orders the workspace's writers (decision 037).
     */
    revision: integer("revision").notNull().default(0),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("workspaces_slug_unique").on(t.slug)],
);

export const memberships = sqliteTable(
  "memberships",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    /** When this person put away the first-hour checklist of this workspace; null while they still see it. */
    onboardingDismissedAt: integer("onboarding_dismissed_at"),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("memberships_workspace_user_unique").on(t.workspaceId, t.userId), index("memberships_user_idx").on(t.userId)],
);

export const invitations = sqliteTable(
  "invitations",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** sha256 of the token: a leaked database does not leak usable links. */
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => users.id),
    expiresAt: integer("expires_at").notNull(),
    acceptedAt: integer("accepted_at"),
    acceptedBy: text("accepted_by").references(() => users.id),
    revokedAt: integer("revoked_at"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_unique").on(t.tokenHash),
    index("invitations_workspace_idx").on(t.workspaceId),
    index("invitations_invited_by_idx").on(t.invitedBy),
    index("invitations_accepted_by_idx").on(t.acceptedBy),
  ],
);
