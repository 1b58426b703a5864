import type { PermissionTable } from "../shared/access";

/** Who may call each plan procedure: anyone in the workspace looks; those who decide adopt. */
export const planPermissions = {
  choice: "workspace.read",
  compare: "workspace.read",
  robustness: "workspace.read",
  adoptions: "workspace.read",
  adopt: "initiative.decide",
  undoAdoption: "initiative.decide",
} as const satisfies PermissionTable;
