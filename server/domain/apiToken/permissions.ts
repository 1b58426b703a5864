import type { PermissionTable } from "../shared/access";

/**
 * Who may call each API-token procedure (the table's one declaration; pure,
 * the client reads it too). A token can act in the whole workspace, so only
 * admins, who change its settings, make, see and revoke them (decision 049).
 */
export const apiTokenPermissions = {
  create: "workspace.update",
  list: "workspace.update",
  revoke: "workspace.update",
} as const satisfies PermissionTable;
