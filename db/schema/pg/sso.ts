import { boolean, index, json, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ROLES } from "../values";
import { epochMs, idColumn, timestamps, versionColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../sso.ts: keep the two in step (tests/unit/schema-drift.test.ts).

export const workspaceSso = pgTable(
  "workspace_sso",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    issuer: text("issuer").notNull(),
    clientId: text("client_id").notNull(),
    /** Sealed with AES-256-GCM (server/security/sealed.ts). */
    clientSecretSealed: text("client_secret_sealed").notNull(),
    allowedDomains: json("allowed_domains").$type<string[]>().notNull(),
    defaultRole: text("default_role", { enum: ROLES }).notNull().default("viewer"),
    enabled: boolean("enabled").notNull().default(false),
    passwordSignInDisabled: boolean("password_sign_in_disabled").notNull().default(false),
    testedAt: epochMs("tested_at"),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("workspace_sso_workspace_unique").on(t.workspaceId), index("workspace_sso_updated_by_idx").on(t.updatedBy)],
);

export const ssoIdentities = pgTable(
  "sso_identities",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastSignInAt: epochMs("last_sign_in_at").notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("sso_identities_workspace_subject_unique").on(t.workspaceId, t.subject),
    index("sso_identities_user_idx").on(t.userId),
  ],
);
