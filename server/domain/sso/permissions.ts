import type { PermissionTable } from "../shared/access";

/** Who may call each sign-in settings procedure (the table's one declaration; pure, the client reads it too). */
export const ssoPermissions = {
  get: "workspace.update",
  save: "workspace.update",
  test: "workspace.update",
  setEnabled: "workspace.update",
  setPasswordSignIn: "workspace.update",
} as const satisfies PermissionTable;
