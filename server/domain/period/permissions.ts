import type { PermissionTable } from "../shared/access";

/** Who may call each period procedure (the table's one declaration; pure, the client reads it too). */
export const periodPermissions = {
  list: "workspace.read",
  calendar: "workspace.read",
  create: "periods.write",
  update: "periods.write",
  delete: "periods.write",
  createQuarters: "periods.write",
} as const satisfies PermissionTable;
