import type { PermissionTable } from "../shared/access";

/** Who may call each comment procedure (the table's one declaration; pure, the client reads it too). */
export const commentPermissions = {
  list: "workspace.read",
  create: "comment.write",
  delete: "comment.write",
} as const satisfies PermissionTable;
