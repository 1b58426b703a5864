import type { PermissionTable } from "../shared/access";

/**
 * Who may call each initiative procedure (the table's one declaration; pure,
 * the client reads it too). A status change needs more than the procedure's
 * action: status-rules.ts says which action each move needs.
 */
export const initiativePermissions = {
  list: "workspace.read",
  get: "workspace.read",
  departments: "workspace.read",
  create: "content.write",
  update: "content.write",
  delete: "content.write",
  updateProgress: "initiative.track",
  decide: "initiative.decide",
  setEffects: "content.write",
  setDependencies: "content.write",
  setMeasureLinks: "content.write",
  addAssumption: "content.write",
  updateAssumption: "content.write",
  deleteAssumption: "content.write",
  recordResult: "initiative.track",
  deleteResult: "initiative.track",
} as const satisfies PermissionTable;
