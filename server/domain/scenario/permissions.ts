import type { PermissionTable } from "../shared/access";

/** Who may call each scenario procedure (the table's one declaration; pure, the client reads it too). */
export const scenarioPermissions = {
  list: "workspace.read",
  get: "workspace.read",
  create: "scenarios.write",
  update: "scenarios.write",
  delete: "scenarios.write",
  duplicate: "scenarios.write",
} as const satisfies PermissionTable;
