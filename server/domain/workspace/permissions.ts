import { SIGNED_IN, type PermissionTable } from "../shared/access";

/** Who may call each workspace procedure (the table's one declaration; pure, the client reads it too). */
export const workspacePermissions = {
  list: SIGNED_IN,
  bySlug: SIGNED_IN,
  /** Anyone signed in may start a workspace of their own (quotas bound how many). */
  create: SIGNED_IN,
  get: "workspace.read",
  update: "workspace.update",
  /** The first-hour checklist: each person sees and puts away their own. */
  onboarding: "workspace.read",
  dismissOnboarding: "workspace.read",
  /** Example data goes into an empty workspace only, by an admin. */
  loadExample: "workspace.update",
} as const satisfies PermissionTable;
