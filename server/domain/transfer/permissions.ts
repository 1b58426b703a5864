import { SIGNED_IN, type PermissionTable } from "../shared/access";

/** Who may call each import and export procedure (the table's one declaration; pure, the client reads it too). */
export const transferPermissions = {
  template: "workspace.read",
  previewCsv: "data.import",
  importCsv: "data.import",
  exportCsv: "data.export",
  exportWorkspace: "data.export",
  workspaceFile: "data.export",
  report: "data.export",
  /** Creates a new workspace owned by the caller, like workspace.create: any signed-in person may. */
  importWorkspace: SIGNED_IN,
} as const satisfies PermissionTable;
