import { PUBLIC, SIGNED_IN, type PermissionTable } from "../shared/access";

/** Who may call each account procedure (the table's one declaration; pure, the client reads it too). */
export const authPermissions = {
  signUp: PUBLIC,
  me: SIGNED_IN,
  changePassword: SIGNED_IN,
  signOutEverywhere: SIGNED_IN,
} as const satisfies PermissionTable;
