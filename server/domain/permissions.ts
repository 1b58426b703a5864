import type { Role } from "@/db/schema";
import { ForbiddenError } from "./errors";

/**
 * The one permission table (docs/product.md, roles). Every procedure names one
 * of these actions; a test checks each procedure against this table per role.
 */
export const PERMISSIONS = {
  "workspace.read": ["admin", "executive", "editor", "tracker", "viewer"],
  "workspace.update": ["admin"],
  "members.manage": ["admin"],
  "content.write": ["admin", "editor"],
  "initiative.track": ["admin", "editor", "tracker"],
  "initiative.decide": ["admin", "executive"],
  "measure.record": ["admin", "editor", "tracker"],
  "comment.write": ["admin", "executive", "editor", "tracker"],
  /** Deleting someone else's comment; authors delete their own with comment.write. */
  "comment.moderate": ["admin"],
  "model.write": ["admin"],
  "periods.write": ["admin"],
  "scenarios.write": ["admin", "executive"],
  "data.import": ["admin"],
  "data.export": ["admin", "executive", "editor", "tracker", "viewer"],
  "share.manage": ["admin", "executive"],
  "webhooks.manage": ["admin"],
  "audit.read": ["admin", "executive", "editor", "tracker", "viewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

const ACTION_LABEL: Record<Action, string> = {
  "workspace.read": "view this workspace",
  "workspace.update": "change workspace settings",
  "members.manage": "manage members",
  "content.write": "edit categories, canvases and initiatives",
  "initiative.track": "update progress and results",
  "initiative.decide": "approve or reject initiatives",
  "measure.record": "record measure values",
  "comment.write": "comment",
  "comment.moderate": "delete other people's comments",
  "model.write": "change the scoring model",
  "periods.write": "change periods and capacity",
  "scenarios.write": "create and change plan scenarios",
  "data.import": "import data",
  "data.export": "export data",
  "share.manage": "manage share links",
  "webhooks.manage": "manage webhooks",
  "audit.read": "read the audit trail",
};

export function requireRole(role: Role, action: Action): void {
  if (!can(role, action)) {
    throw new ForbiddenError(`Your role (${role}) cannot ${ACTION_LABEL[action]}. Ask a workspace admin.`);
  }
}
