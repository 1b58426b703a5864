import type { PermissionTable } from "../shared/access";

/** Who may call each moment procedure (the table's one declaration; pure, the client reads it too). */
export const momentPermissions = {
  list: "workspace.read",
  listGrouped: "workspace.read",
  get: "workspace.read",
  create: "content.write",
  update: "content.write",
  delete: "content.write",
  reorder: "content.write",
} as const satisfies PermissionTable;
