import type { PermissionTable } from "../shared/access";

/** Who may call each decision procedure (the table's one declaration; pure, the client reads it too). */
export const decisionPermissions = {
  list: "workspace.read",
} as const satisfies PermissionTable;
