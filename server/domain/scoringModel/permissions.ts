import type { PermissionTable } from "../shared/access";

/** Who may call each scoring-model procedure (the table's one declaration; pure, the client reads it too). */
export const scoringModelPermissions = {
  get: "workspace.read",
  history: "workspace.read",
  update: "model.write",
  // Anyone who can read the workspace may try values: nothing is saved.
  preview: "workspace.read",
} as const satisfies PermissionTable;
