import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { idColumn, timestamps, versionColumn } from "./columns";
import { users } from "./users";
import { ROLES, workspaces } from "./workspaces";

/**
 * A workspace's single sign-on with OpenID Connect (decision 052): its
 * provider, which email domains may come in through it, and the role a
 * newcomer gets. One row per workspace at most.
 */
export const workspaceSso = sqliteTable(
  "workspace_sso",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** The provider's issuer URL, exactly as its discovery document names it. */
    issuer: text("issuer").notNull(),
    clientId: text("client_id").notNull(),
    /** AES-256-GCM under a key derived from AUTH_SECRET (server/security/sealed.ts); never answered to anyone. */
    clientSecretSealed: text("client_secret_sealed").notNull(),
    /** Lower-case email domains ("example.com") whose people may sign in through this provider. */
    allowedDomains: text("allowed_domains", { mode: "json" }).$type<string[]>().notNull(),
    /** The role a person gets when their first sign-in makes them a member. */
    defaultRole: text("default_role", { enum: ROLES }).notNull().default("viewer"),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(false),
    /** Members sign in through the provider only (refused only when they have no other workspace with passwords). */
    passwordSignInDisabled: integer("password_sign_in_disabled", { mode: "boolean" }).notNull().default(false),
    /** When "test the connection" last passed for this issuer; cleared when the issuer changes. */
    testedAt: integer("tested_at"),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("workspace_sso_workspace_unique").on(t.workspaceId), index("workspace_sso_updated_by_idx").on(t.updatedBy)],
);

/**
 * Which account a provider's subject signs in as. Made at the first sign-in
 * through the workspace's provider; later sign-ins follow it, not the email,
 * so a changed email at the provider still reaches the same account.
 */
export const ssoIdentities = sqliteTable(
  "sso_identities",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** The provider's `sub` claim. */
    subject: text("subject").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastSignInAt: integer("last_sign_in_at").notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("sso_identities_workspace_subject_unique").on(t.workspaceId, t.subject),
    index("sso_identities_user_idx").on(t.userId),
  ],
);
