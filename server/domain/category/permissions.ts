import type { PermissionTable } from "../shared/access";

/** Who may call each category procedure (the table's one declaration; pure, the client reads it too). */
export const categoryPermissions = {
  list: "workspace.read",
  get: "workspace.read",
  create: "content.write",
  update: "content.write",
  delete: "content.write",
} as const satisfies PermissionTable;
