import { integer, index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ROLES } from "../values";
import { epochMs, idColumn, timestamps, versionColumn } from "./columns";
import { users } from "./users";

// PostgreSQL twin of ../workspaces.ts: keep the two in step (tests/unit/schema-drift.test.ts).

export const workspaces = pgTable(
  "workspaces",
  {
    id: idColumn(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    currency: text("currency").notNull().default("EUR"),
    /** Set while an import writes the workspace (decision 033). */
    importStartedAt: epochMs("import_started_at"),
    revision: integer("revision").notNull().default(0),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("workspaces_slug_unique").on(t.slug)],
);

export const memberships = pgTable(
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
    onboardingDismissedAt: epochMs("onboarding_dismissed_at"),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("memberships_workspace_user_unique").on(t.workspaceId, t.userId), index("memberships_user_idx").on(t.userId)],
);

export const invitations = pgTable(
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
    expiresAt: epochMs("expires_at").notNull(),
    acceptedAt: epochMs("accepted_at"),
    acceptedBy: text("accepted_by").references(() => users.id),
    revokedAt: epochMs("revoked_at"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_unique").on(t.tokenHash),
    index("invitations_workspace_idx").on(t.workspaceId),
    index("invitations_invited_by_idx").on(t.invitedBy),
    index("invitations_accepted_by_idx").on(t.acceptedBy),
  ],
);
