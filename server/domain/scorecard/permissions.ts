import type { PermissionTable } from "../shared/access";

/** Who may call each scorecard procedure (the table's one declaration; pure, the client reads it too). */
export const scorecardPermissions = {
  get: "workspace.read",
  summary: "workspace.read",
  rows: "workspace.read",
  roadmap: "workspace.read",
  planVsRealised: "workspace.read",
  simulate: "workspace.read",
  /** Benefits realisation: read like plan vs realised. */
  benefits: "workspace.read",
  departmentCalibration: "workspace.read",
} as const satisfies PermissionTable;
