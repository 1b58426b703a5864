import { index, integer, json, pgTable, text } from "drizzle-orm/pg-core";
import { epochMs, idColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../audit.ts: keep the two in step (tests/unit/schema-drift.test.ts).

/** Who changed what, written in the same transaction as the change. */
export const auditLog = pgTable(
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
    before: json("before"),
    after: json("after"),
    version: integer("version"),
    baseVersion: integer("base_version"),
    changes: json("changes").$type<string[]>(),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [
    index("audit_workspace_idx").on(t.workspaceId, t.createdAt),
    index("audit_entity_idx").on(t.workspaceId, t.entityType, t.entityId),
    index("audit_actor_idx").on(t.actorId),
  ],
);
