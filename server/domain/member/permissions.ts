import type { PermissionTable } from "../shared/access";

/** Who may call each member procedure (the table's one declaration; pure, the client reads it too). */
export const memberPermissions = {
  list: "workspace.read",
  changeRole: "members.manage",
  remove: "members.manage",
} as const satisfies PermissionTable;
