import type { PermissionTable } from "../shared/access";

/** Who may call each audit procedure (the table's one declaration; pure, the client reads it too). */
export const auditPermissions = {
  list: "audit.read",
} as const satisfies PermissionTable;
