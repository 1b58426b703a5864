import type { PermissionTable } from "../shared/access";

/** Who may call each measure procedure (the table's one declaration; pure, the client reads it too). */
export const measurePermissions = {
  list: "workspace.read",
  listGrouped: "workspace.read",
  get: "workspace.read",
  create: "content.write",
  update: "content.write",
  delete: "content.write",
  addActual: "measure.record",
  deleteActual: "measure.record",
  listActuals: "workspace.read",
} as const satisfies PermissionTable;
