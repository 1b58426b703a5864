import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { idColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/** Who changed what, written in the same transaction as the change. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    /** The entity's version after this change: with `changes`, it tells which fields changed since a given version. */
    version: integer("version"),
    /** The version the writer started from; below `version - 1` when the change was merged over others'. */
    baseVersion: integer("base_version"),
    /** Names of the columns this change altered (a field-level merge needs them). */
    changes: text("changes", { mode: "json" }).$type<string[]>(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("audit_workspace_idx").on(t.workspaceId, t.createdAt),
    index("audit_entity_idx").on(t.workspaceId, t.entityType, t.entityId),
    index("audit_actor_idx").on(t.actorId),
  ],
);
